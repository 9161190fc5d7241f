import { describe, expect, it } from 'vitest';
import { areas } from '../data/dataset';
import { unlocatedSpot } from './unlocated-spots';

const tuva = areas.find((a) => a.id === 'tuva')!;
// Degrees as pixels, 10 to the degree, north up: enough to compare distances.
const toPixel = ([lat, lon]: [number, number]) => ({ x: lon * 10, y: -lat * 10 });
const inner: [number, number] = [tuva.label[1], tuva.label[0]];

describe('the "?" of an area with no located deposit', () => {
  it('sits on the area’s inner point where nothing is near', () => {
    expect(unlocatedSpot(tuva, toPixel, [], 32)).toEqual(inner);
  });

  it('moves to a spot inside the area clear of a marker on its inner point', () => {
    const spot = unlocatedSpot(tuva, toPixel, [toPixel(inner)], 32);
    const [p, q] = [toPixel(spot), toPixel(inner)];
    expect(Math.hypot(p.x - q.x, p.y - q.y)).toBeGreaterThanOrEqual(32);
  });

  it('where no spot is clear, takes the one farthest from the markers, not the inner point', () => {
    // A marker east of the inner point and a gap wider than the area: the "?" goes west.
    const east = toPixel([inner[0], inner[1] + 2]);
    const spot = unlocatedSpot(tuva, toPixel, [east], 10_000);
    expect(spot[1]).toBeLessThan(inner[1] - 2);
  });
});
