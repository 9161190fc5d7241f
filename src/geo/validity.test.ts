import { describe, expect, it } from 'vitest';
import { polygonProblems, segmentContact } from './validity';

const square = [
  [0, 0],
  [4, 0],
  [4, 4],
  [0, 4],
  [0, 0],
];

/** The problems' messages without the coordinates where they were found. */
function messages(polygons: number[][][][]) {
  return polygonProblems(polygons).map((p) => p.message.replace(/ (at|near) [\d.,-]+$/, ''));
}

describe('polygonProblems', () => {
  it('accepts a square with a hole, and two squares that touch at a corner', () => {
    const hole = [
      [1, 1],
      [1, 2],
      [2, 2],
      [2, 1],
      [1, 1],
    ];
    const corner = [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ];
    expect(polygonProblems([[square, hole], [corner]])).toEqual([]);
  });

  it('finds a bow tie', () => {
    const bowTie = [
      [0, 0],
      [4, 4],
      [4, 0],
      [0, 4],
      [0, 0],
    ];
    expect(messages([[bowTie]])).toContain('ring self-intersection');
  });

  it('finds a ring that touches itself and a spike', () => {
    const touching = [
      [0, 0],
      [4, 0],
      [2, 2],
      [4, 4],
      [0, 4],
      [2, 2],
      [0, 0],
    ];
    expect(polygonProblems([[touching]]).length).toBeGreaterThan(0);
    const spike = [
      [0, 0],
      [4, 0],
      [6, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    expect(messages([[spike]])).toContain('ring doubles back on itself');
  });

  it('finds polygons that share an edge, overlap or nest, and a hole outside its outline', () => {
    const neighbour = [
      [4, 0],
      [8, 0],
      [8, 4],
      [4, 4],
      [4, 0],
    ];
    expect(messages([[square], [neighbour]])).toContain('rings share a boundary');
    const crossing = [
      [2, 2],
      [6, 2],
      [6, 6],
      [2, 6],
      [2, 2],
    ];
    expect(messages([[square], [crossing]])).toContain('rings cross');
    const inner = [
      [1, 1],
      [2, 1],
      [2, 2],
      [1, 2],
      [1, 1],
    ];
    expect(messages([[square], [inner]])).toContain('polygon lies inside polygon 0');
    const away = [
      [10, 10],
      [10, 11],
      [11, 11],
      [11, 10],
      [10, 10],
    ];
    expect(messages([[square, away]])).toContain('hole lies outside its outline');
  });

  it('tells crossing, touching and overlapping segments apart', () => {
    expect(segmentContact([0, 0], [2, 2], [0, 2], [2, 0])).toBe('cross');
    expect(segmentContact([0, 0], [2, 0], [1, 0], [1, 5])).toBe('point');
    expect(segmentContact([0, 0], [2, 0], [1, 0], [3, 0])).toBe('overlap');
    expect(segmentContact([0, 0], [2, 0], [0, 1], [2, 1])).toBe('none');
  });
});
