/** The map's coordinate reference system for Leaflet, on the conic projection of ../geo/lcc. */
import { Bounds, CRS, LatLng, Point, Transformation, Util, type CRS as LeafletCRS } from 'leaflet';
import { METRES_PER_PIXEL_AT_ZOOM_0, project, unproject } from '../geo/lcc';

const projection = {
  project: (ll: LatLng) => {
    const [x, y] = project(ll.lat, ll.lng);
    return new Point(x, y);
  },
  unproject: (p: Point) => {
    const [lat, lon] = unproject(p.x, p.y);
    return new LatLng(lat, lon);
  },
  bounds: new Bounds([-2e7, -2e7], [2e7, 2e7]),
};

/** The plane's metres to pixels at zoom 0 (a, b, c, d of Leaflet's Transformation: x·a + b, y·c + d). */
export const TRANSFORM = [1 / METRES_PER_PIXEL_AT_ZOOM_0, 0, -1 / METRES_PER_PIXEL_AT_ZOOM_0, 0] as const;

/**
 * Leaflet's Earth CRS (haversine distances, so the scale bar and circles measure true metres)
 * with our projection, no longitude wrapping (the far east goes past 180°) and no tile grid.
 */
export const CONIC_CRS: LeafletCRS = Util.extend({}, CRS.Earth, {
  code: 'LCC-100E-50N-70N',
  projection,
  transformation: new Transformation(...TRANSFORM),
  scale: (zoom: number) => 2 ** zoom,
  zoom: (scale: number) => Math.log2(scale),
  wrapLng: undefined,
  infinite: true,
});
