/**
 * The locator inset's drawing and the view's outline on it: loaded with the drawing's data only once
 * the map is zoomed in (./LocatorInset), not with the map.
 */
import type { Map as LeafletMap } from 'leaflet';
import { inset } from '../data/inset.gen';
import { INSET_WIDTH, toInset } from '../geo/inset';

export { inset, INSET_WIDTH };

/** The view's outline, as points along the map's edges: on a conic map a straight edge is a curve. */
export function frameOf(map: LeafletMap): string {
  const { x, y } = map.getSize();
  const edge: [number, number][] = [];
  for (let i = 0; i <= 4; i++) edge.push([(x * i) / 4, 0]);
  for (let i = 1; i <= 4; i++) edge.push([x, (y * i) / 4]);
  for (let i = 3; i >= 0; i--) edge.push([(x * i) / 4, y]);
  for (let i = 3; i >= 1; i--) edge.push([0, (y * i) / 4]);
  return edge
    .map(([px, py]) => {
      const ll = map.containerPointToLatLng([px, py]);
      return toInset(inset, ll.lat, ll.lng)
        .map((n) => Math.round(n * 10) / 10)
        .join(' ');
    })
    .join(' ');
}
