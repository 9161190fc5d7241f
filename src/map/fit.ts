/**
 * Fitting the view to a set of places on the conic map. Leaflet's fitBounds projects only the two
 * corners of a latitude/longitude box, which on a conic projection cuts off what lies along the
 * curved parallels; here every point is projected and the view fits their projected extent.
 */
import { point, type LatLngExpression, type Map as LeafletMap } from 'leaflet';
import type { Position } from 'geojson';
import { areas, getArea, getDeposit, deposits, placesOf } from '../data/dataset';
import type { Area } from '../data/schema';
import { boundsPoints, COUNTRY_BOUNDS } from '../geo/country-bounds';
import type { Selection } from '../state/url';
import context from '../../data/context.json';
import { project } from '../geo/lcc';
import { TRANSFORM } from './crs';

export type Padding = { top: number; right: number; bottom: number; left: number };

export type View = { center: LatLngExpression; zoom: number };

/** The zoom and centre that show every point inside the map less its padding. */
export function viewFor(map: LeafletMap, points: [number, number][], padding: Padding, maxZoom: number): View | null {
  if (points.length === 0) return null;
  const crs = map.options.crs!;
  // Pixels at zoom 0, as crs.latLngToPoint(…, 0) gives them, without a LatLng and a Point for each
  // of the thousands of points an overview has.
  const [a, b, c, d] = TRANSFORM;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [lat, lon] of points) {
    const [px, py] = project(lat, lon);
    const [x, y] = [a * px + b, c * py + d];
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  }
  const size = map.getSize();
  const width = Math.max(1, size.x - padding.left - padding.right);
  const height = Math.max(1, size.y - padding.top - padding.bottom);
  const exact = Math.log2(Math.min(width / Math.max(x1 - x0, 1e-9), height / Math.max(y1 - y0, 1e-9)));
  const snap = map.options.zoomSnap || 1;
  const zoom = Math.max(map.getMinZoom(), Math.min(maxZoom, Math.floor(exact / snap) * snap));
  const scale = 2 ** zoom;
  // The padded box's centre, moved so that uneven padding leaves the points in the free part.
  const cx = ((x0 + x1) / 2) * scale + (padding.right - padding.left) / 2;
  const cy = ((y0 + y1) / 2) * scale + (padding.bottom - padding.top) / 2;
  return { center: crs.pointToLatLng(point(cx / scale, cy / scale), 0), zoom };
}

function outline(area: Area): [number, number][] {
  return (area.geometry.coordinates as Position[][][]).flatMap((rings) =>
    rings[0]!.map((p) => [p[1]!, p[0]!] as [number, number]),
  );
}

function located(list: typeof deposits): [number, number][] {
  return list.flatMap((d) => (d.location ? [[d.location.lat, d.location.lon] as [number, number]] : []));
}

/** The places a selection is about: the points the view must show. */
export function pointsFor(selection: Selection): [number, number][] {
  switch (selection.kind) {
    case 'area': {
      const area = getArea(selection.id);
      return area ? [...outline(area), ...located(deposits.filter((d) => d.areaId === area.id))] : [];
    }
    case 'statement':
    case 'timeline': {
      // A statement or a timeline event: its areas and its deposits (all of them for the whole timeline).
      const places = placesOf(selection);
      if (!places) return [...areas.flatMap(outline), ...located(deposits)];
      const concerned = areas.filter((a) => places.areaIds.includes(a.id));
      return [
        ...concerned.flatMap(outline),
        ...located(deposits.filter((d) => places.depositIds.includes(d.id))),
        ...places.countries.flatMap((c) => (COUNTRY_BOUNDS[c] ? boundsPoints(COUNTRY_BOUNDS[c]) : [])),
      ];
    }
    case 'deposit': {
      const d = getDeposit(selection.id);
      return d ? located([d]) : [];
    }
    default:
      return [...areas.flatMap(outline), ...located(deposits)];
  }
}

/** From this zoom the map names the towns next to the deposits (AreaLabels), not only the capitals. */
export const DETAIL_ZOOM = 5;

type LatLon = [number, number];

/** Distance in km on the sphere, good enough to pick the nearest of a few places. */
function km([lat1, lon1]: LatLon, [lat2, lon2]: LatLon): number {
  const rad = Math.PI / 180;
  const x = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  const y = (lat2 - lat1) * rad;
  return Math.hypot(x, y) * 6371;
}

/** Of `items`, the one whose place (`at`) is nearest to `from`. */
function nearest<T>(from: LatLon, items: T[], at: (item: T) => LatLon): T | undefined {
  let best: T | undefined;
  let bestKm = Infinity;
  for (const item of items) {
    const d = km(from, at(item));
    if (d < bestKm) [best, bestKm] = [item, d];
  }
  return best;
}

/**
 * What a deposit's view must hold for a reader to place it: the deposit, the nearest stretch of its
 * area's outline with some room beyond it, and the nearest town on the map's list, which the map
 * then names first (AreaLabels), at any zoom.
 */
export function depositContext(depositId: string): { points: LatLon[]; town: string | null } | null {
  const d = getDeposit(depositId);
  if (!d?.location) return null;
  const at: LatLon = [d.location.lat, d.location.lon];
  const area = d.areaId ? getArea(d.areaId) : undefined;
  const edge = area ? nearest(at, outline(area), (p) => p) : undefined;
  // A third as far again beyond the outline, so that it does not sit on the view's edge.
  const beyond: LatLon[] = edge ? [edge, [edge[0] + (edge[0] - at[0]) / 3, edge[1] + (edge[1] - at[1]) / 3]] : [];
  const town = nearest(at, context.cities, ([, lat, lon]) => [Number(lat), Number(lon)]);
  return {
    points: [at, ...beyond, ...(town ? [[Number(town[1]), Number(town[2])] as LatLon] : [])],
    town: town ? String(town[0]) : null,
  };
}
