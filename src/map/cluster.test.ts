import { describe, expect, it } from 'vitest';
import { clusterPoints } from './cluster';

describe('clusterPoints', () => {
  it('keeps points apart when they are far enough', () => {
    const c = clusterPoints(
      [
        { item: 'a', x: 0, y: 0 },
        { item: 'b', x: 30, y: 0 },
      ],
      26,
    );
    expect(c.map((x) => x.items)).toEqual([['a'], ['b']]);
  });
  it('groups points that would overlap, at their mean position', () => {
    const c = clusterPoints(
      [
        { item: 'a', x: 0, y: 0 },
        { item: 'b', x: 10, y: 0 },
        { item: 'c', x: 100, y: 100 },
      ],
      26,
    );
    expect(c).toEqual([
      { items: ['a', 'b'], x: 5, y: 0 },
      { items: ['c'], x: 100, y: 100 },
    ]);
  });
  it('leaves no two groups closer than the distance, and loses no point', () => {
    const pts = Array.from({ length: 60 }, (_, i) => ({ item: i, x: (i * 37) % 300, y: (i * 53) % 200 }));
    const c = clusterPoints(pts, 26);
    expect(c.flatMap((x) => x.items).sort((a, b) => a - b)).toEqual(pts.map((p) => p.item));
    for (let i = 0; i < c.length; i++)
      for (let j = i + 1; j < c.length; j++)
        expect(Math.hypot(c[i]!.x - c[j]!.x, c[i]!.y - c[j]!.y)).toBeGreaterThanOrEqual(26);
  });
});
