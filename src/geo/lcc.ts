/**
 * The map's projection: Lambert conformal conic on a sphere, centred on 100° E with standard
 * parallels 50° N and 70° N, the usual choice for maps of Russia. Shapes keep their form (it is
 * conformal), Sakha is no longer inflated next to the Caucasus, and the Arctic does not fill the
 * view as in Web Mercator. A few lines of our own instead of a projection library.
 */
const R = 6371000;
const D = Math.PI / 180;
export const LCC = { lon0: 100, lat0: 60, lat1: 50, lat2: 70 } as const;

const t = (lat: number) => Math.tan(Math.PI / 4 + (lat * D) / 2);
const N = Math.log(Math.cos(LCC.lat1 * D) / Math.cos(LCC.lat2 * D)) / Math.log(t(LCC.lat2) / t(LCC.lat1));
const F = (Math.cos(LCC.lat1 * D) * t(LCC.lat1) ** N) / N;
const rho = (lat: number) => (R * F) / t(Math.max(-89.9, Math.min(89.9, lat))) ** N;
const RHO0 = rho(LCC.lat0);

/** Metres east and north of (lat0, lon0) on the projected plane. Longitudes past 180° go on east. */
export function project(lat: number, lon: number): [number, number] {
  const r = rho(lat);
  const theta = N * (lon - LCC.lon0) * D;
  return [r * Math.sin(theta), RHO0 - r * Math.cos(theta)];
}

export function unproject(x: number, y: number): [number, number] {
  const dy = RHO0 - y;
  const r = Math.sign(N) * Math.hypot(x, dy);
  const theta = Math.atan2(x, dy);
  const lat = (2 * Math.atan(((R * F) / r) ** (1 / N)) - Math.PI / 2) / D;
  return [lat, LCC.lon0 + theta / N / D];
}

/** How much the projection stretches distances at a latitude (1 on the standard parallels). */
export function scaleFactor(lat: number): number {
  return (N * rho(lat)) / (R * Math.cos(lat * D));
}

/**
 * Metres per CSS pixel at zoom 0. Chosen so that a zoom level shows about what it showed in Web
 * Mercator at 60° N, so that a `view=lat,lon,zoom` from an older embed code still frames its place.
 */
export const METRES_PER_PIXEL_AT_ZOOM_0 = 78271.517;
