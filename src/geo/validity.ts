/**
 * OGC validity of polygons, as GEOS (and so GDAL, PostGIS and QGIS) judges it, for the data build:
 * no ring crosses or touches itself, the rings of a polygon and the polygons of a multipolygon
 * meet at single points at most, every hole lies inside its outline, and no polygon lies inside
 * another. A sweep over the segments sorted by x keeps this fast enough for thousands of vertices.
 */
import type { Position } from 'geojson';

export type GeometryProblem = { path: string; message: string };

type Segment = { p: number; r: number; i: number; a: Position; b: Position; minX: number; maxX: number };

function orient(a: Position, b: Position, c: Position): number {
  const v = (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(a: Position, b: Position, c: Position): boolean {
  return (
    Math.min(a[0]!, b[0]!) <= c[0]! &&
    c[0]! <= Math.max(a[0]!, b[0]!) &&
    Math.min(a[1]!, b[1]!) <= c[1]! &&
    c[1]! <= Math.max(a[1]!, b[1]!)
  );
}

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** How two segments meet: not at all, at one point, along a stretch (collinear overlap), or crossing. */
export function segmentContact(
  a: Position,
  b: Position,
  c: Position,
  d: Position,
): 'none' | 'point' | 'overlap' | 'cross' {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 === 0 && o2 === 0) {
    // Collinear: they overlap when they share more than one point.
    const shared = [c, d].filter((q) => onSegment(a, b, q)).concat([a, b].filter((q) => onSegment(c, d, q)));
    const distinct = shared.filter((q, k) => shared.findIndex((x) => same(x, q)) === k);
    return distinct.length >= 2 ? 'overlap' : distinct.length === 1 ? 'point' : 'none';
  }
  if (o1 !== o2 && o3 !== o4) return o1 === 0 || o2 === 0 || o3 === 0 || o4 === 0 ? 'point' : 'cross';
  if (o1 === 0 && onSegment(a, b, c)) return 'point';
  if (o2 === 0 && onSegment(a, b, d)) return 'point';
  if (o3 === 0 && onSegment(c, d, a)) return 'point';
  if (o4 === 0 && onSegment(c, d, b)) return 'point';
  return 'none';
}

function segments(polygons: Position[][][]): Segment[] {
  const out: Segment[] = [];
  polygons.forEach((rings, p) =>
    rings.forEach((ring, r) => {
      for (let i = 0; i < ring.length - 1; i++) {
        const a = ring[i]!;
        const b = ring[i + 1]!;
        if (same(a, b)) continue;
        out.push({ p, r, i, a, b, minX: Math.min(a[0]!, b[0]!), maxX: Math.max(a[0]!, b[0]!) });
      }
    }),
  );
  return out.sort((s, t) => s.minX - t.minX);
}

/** Consecutive segments of one ring (the last and the first included), which meet at their shared vertex. */
function adjacent(s: Segment, t: Segment, ringLength: number): boolean {
  if (s.p !== t.p || s.r !== t.r) return false;
  const d = Math.abs(s.i - t.i);
  return d === 1 || d === ringLength - 2;
}

/** Even-odd test of a point against a ring (points on the ring count as outside). */
export function insideRing(pt: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > pt[1]! !== yj! > pt[1]! && pt[0]! < ((xj! - xi!) * (pt[1]! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/** A vertex of `ring` that is not on `other`, to test which side of `other` the ring lies on. */
function vertexOffRing(ring: Position[], other: Position[]): Position {
  return ring.find((q) => !other.some((o) => same(o, q))) ?? ring[0]!;
}

export function polygonProblems(polygons: Position[][][]): GeometryProblem[] {
  const problems: GeometryProblem[] = [];
  const where = (s: Segment) => `${s.p}.${s.r}`;
  const segs = segments(polygons);
  const active: Segment[] = [];
  for (const s of segs) {
    for (let k = active.length - 1; k >= 0; k--) if (active[k]!.maxX < s.minX) active.splice(k, 1);
    for (const t of active) {
      const ring = polygons[s.p]![s.r]!;
      const contact = segmentContact(s.a, s.b, t.a, t.b);
      if (contact === 'none') continue;
      const sameRing = s.p === t.p && s.r === t.r;
      if (sameRing && adjacent(s, t, ring.length)) {
        if (contact === 'overlap')
          problems.push({ path: where(s), message: `ring doubles back on itself at ${s.a.join(',')}` });
        continue;
      }
      if (sameRing) problems.push({ path: where(s), message: `ring self-intersection at ${s.a.join(',')}` });
      else if (contact !== 'point')
        problems.push({
          path: `${where(t)} and ${where(s)}`,
          message: `rings ${contact === 'cross' ? 'cross' : 'share a boundary'} near ${s.a.join(',')}`,
        });
    }
    active.push(s);
  }
  polygons.forEach((rings, p) => {
    rings.slice(1).forEach((hole, h) => {
      if (!insideRing(vertexOffRing(hole, rings[0]!), rings[0]!))
        problems.push({ path: `${p}.${h + 1}`, message: 'hole lies outside its outline' });
    });
    polygons.forEach((other, q) => {
      if (q === p) return;
      const pt = vertexOffRing(rings[0]!, other[0]!);
      if (insideRing(pt, other[0]!) && !other.slice(1).some((hole) => insideRing(pt, hole)))
        problems.push({ path: `${p}.0`, message: `polygon lies inside polygon ${q}` });
    });
  });
  return problems;
}
