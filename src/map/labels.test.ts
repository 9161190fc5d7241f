import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, pointInRings, TARGET, type Pt } from './labels';

const square = (x: number, y: number, s: number): Pt[] => [
  { x, y },
  { x: x + s, y },
  { x: x + s, y: y + s },
  { x, y: y + s },
];
const VIEW = { x: 0, y: 0, w: 400, h: 300 };

describe('placeLabels', () => {
  it('puts a name inside a shape it fits in', () => {
    const [p] = placeLabels([{ id: 'big', rings: [square(50, 50, 200)], width: 60, height: 20 }], [], VIEW);
    expect(p!.anchor).toBeNull();
    expect(p!.box.h).toBe(TARGET);
    for (const q of [
      { x: p!.box.x, y: p!.box.y },
      { x: p!.box.x + p!.box.w, y: p!.box.y + p!.box.h },
    ])
      expect(pointInRings(q, [square(50, 50, 200)])).toBe(true);
  });

  it('gives a tiny shape a callout whose target is at least 24 px and points at the shape', () => {
    const [p] = placeLabels([{ id: 'tiny', rings: [square(100, 100, 5)], width: 80, height: 16 }], [], VIEW);
    expect(p!.anchor).not.toBeNull();
    expect(p!.box.w).toBeGreaterThanOrEqual(TARGET);
    expect(p!.box.h).toBeGreaterThanOrEqual(TARGET);
    expect(Math.abs(p!.anchor!.x - 102.5)).toBeLessThan(4);
  });

  it('keeps names off markers, controls and each other, and inside the map', () => {
    const marker = { x: 90, y: 60, w: 24, h: 24 };
    const control = { x: 0, y: 0, w: 40, h: 70 };
    const placed = placeLabels(
      [
        { id: 'a', rings: [square(2, 2, 6)], width: 90, height: 16 },
        { id: 'b', rings: [square(95, 65, 10)], width: 90, height: 16 },
        { id: 'c', rings: [square(380, 290, 10)], width: 90, height: 16 },
      ],
      [marker, control],
      VIEW,
    );
    for (const p of placed) {
      expect(overlaps(p.box, marker), p.id).toBe(false);
      expect(overlaps(p.box, control), p.id).toBe(false);
      expect(p.box.x).toBeGreaterThanOrEqual(0);
      expect(p.box.y).toBeGreaterThanOrEqual(0);
      expect(p.box.x + p.box.w).toBeLessThanOrEqual(400);
      expect(p.box.y + p.box.h).toBeLessThanOrEqual(300);
    }
    expect(overlaps(placed[0]!.box, placed[1]!.box)).toBe(false);
    expect(overlaps(placed[1]!.box, placed[2]!.box)).toBe(false);
  });

  it('leaves out a shape wholly out of view', () => {
    expect(placeLabels([{ id: 'away', rings: [square(600, 400, 50)], width: 40, height: 16 }], [], VIEW)).toEqual([]);
  });

  it('labels the visible part of a shape that runs off the map', () => {
    const [p] = placeLabels([{ id: 'edge', rings: [square(-500, 100, 560)], width: 40, height: 16 }], [], VIEW);
    expect(p!.box.x).toBeGreaterThanOrEqual(0);
    expect(p!.anchor).toBeNull();
  });
});
