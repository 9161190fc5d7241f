/** Where the "?" of an area with no located deposit goes on the map (./unlocated): map code only. */
import type { Area } from '../data/schema';
import { pointInRings } from './labels';

const candidates = new Map<string, [number, number][]>();

/**
 * Places inside the area where its "?" may go, [lat, lon], nearest its inner point first: a grid of
 * half a degree over its box, kept where it falls inside the shape.
 */
export function unlocatedSpots(area: Area): [number, number][] {
  const known = candidates.get(area.id);
  if (known) return known;
  const [west, south, east, north] = area.bbox;
  const rings = area.geometry.coordinates.flatMap((polygon) =>
    polygon.map((ring) => ring.map(([x, y]) => ({ x: x!, y: y! }))),
  );
  const spots: [number, number][] = [[area.label[1], area.label[0]]];
  for (let lat = south; lat <= north; lat += 0.5)
    for (let lon = west; lon <= east; lon += 0.5) if (pointInRings({ x: lon, y: lat }, rings)) spots.push([lat, lon]);
  const [lat0, lon0] = spots[0]!;
  spots.sort((a, b) => Math.hypot(a[0] - lat0, a[1] - lon0) - Math.hypot(b[0] - lat0, b[1] - lon0));
  candidates.set(area.id, spots);
  return spots;
}

/**
 * Where the area's "?" goes at a zoom: the first spot at least `gap` pixels from every other
 * marker (`taken`, in the same pixels as `toPixel`); where none is (a small area in a small frame),
 * the first at three quarters of that, where the "?" does not cover another marker (with the map's
 * gap, a marker's size plus 8 px, their edges may meet); else the spot farthest from them.
 */
export function unlocatedSpot(
  area: Area,
  toPixel: (latLon: [number, number]) => { x: number; y: number },
  taken: { x: number; y: number }[],
  gap: number,
): [number, number] {
  const room = (s: [number, number]) => {
    const p = toPixel(s);
    return Math.min(...taken.map((q) => Math.hypot(p.x - q.x, p.y - q.y)));
  };
  // The inner point first: the grid is worked out only where something is already there.
  const inner: [number, number] = [area.label[1], area.label[0]];
  if (room(inner) >= gap) return inner;
  const spots = unlocatedSpots(area);
  return (
    spots.find((s) => room(s) >= gap) ??
    spots.find((s) => room(s) >= gap * 0.75) ??
    spots.reduce((best, s) => (room(s) > room(best) ? s : best), inner)
  );
}
