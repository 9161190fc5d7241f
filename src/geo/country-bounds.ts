/**
 * The box a statement about a country as a whole frames on the map: Ukraine within its
 * internationally recognised borders, Crimea included, as drawn by data/basemap.geojson and
 * data/areas.geojson (a unit test checks the box against both). [south, west, north, east].
 */
export const COUNTRY_BOUNDS: Partial<Record<string, [number, number, number, number]>> = {
  Ukraine: [44.38, 22.13, 52.38, 40.23],
};

/** The box's corners and edge midpoints: on a conic map the parallels curve between the corners. */
export function boundsPoints([s, w, n, e]: [number, number, number, number]): [number, number][] {
  const mid = (w + e) / 2;
  return [
    [s, w],
    [s, mid],
    [s, e],
    [n, w],
    [n, mid],
    [n, e],
  ];
}
