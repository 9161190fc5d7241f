import { describe, expect, it } from 'vitest';
import { isClosedRing, maxLongitudeJump, roundPosition, signedRingArea } from './shape';

const ccw = [
  [0, 0],
  [1, 0],
  [1, 1],
  [0, 1],
  [0, 0],
];

describe('shape', () => {
  it('tells counter-clockwise from clockwise', () => {
    expect(signedRingArea(ccw)).toBeGreaterThan(0);
    expect(signedRingArea([...ccw].reverse())).toBeLessThan(0);
  });
  it('tells closed rings', () => {
    expect(isClosedRing(ccw)).toBe(true);
    expect(isClosedRing(ccw.slice(0, 4))).toBe(false);
  });
  it('finds antimeridian jumps', () => {
    expect(
      maxLongitudeJump([
        [179, 0],
        [-179, 0],
      ]),
    ).toBe(358);
    expect(maxLongitudeJump(ccw)).toBe(1);
  });
  it('rounds', () => {
    expect(roundPosition([37.123456, 47.987654], 2)).toEqual([37.12, 47.99]);
  });
});
