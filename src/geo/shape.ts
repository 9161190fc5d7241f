import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Rounds every coordinate to `digits` decimals (4 digits ≈ 11 m, 2 digits ≈ 1.1 km at the equator). */
export function roundPosition(p: Position, digits: number): Position {
  const f = 10 ** digits;
  return [Math.round(p[0]! * f) / f, Math.round(p[1]! * f) / f];
}

/** The polygons of a Polygon or MultiPolygon, as a list of rings lists. */
export function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Twice the signed planar area of a ring: positive when counter-clockwise. */
export function signedRingArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1, y1] = ring[i]!;
    const [x2, y2] = ring[i + 1]!;
    sum += x1! * y2! - x2! * y1!;
  }
  return sum;
}

export function isClosedRing(ring: Position[]): boolean {
  if (ring.length < 4) return false;
  const a = ring[0]!;
  const b = ring[ring.length - 1]!;
  return a[0] === b[0] && a[1] === b[1];
}

/** The longest east-west jump between consecutive vertices, in degrees: > 180 means the ring crosses the antimeridian. */
export function maxLongitudeJump(ring: Position[]): number {
  let max = 0;
  for (let i = 1; i < ring.length; i++) max = Math.max(max, Math.abs(ring[i]![0]! - ring[i - 1]![0]!));
  return max;
}
