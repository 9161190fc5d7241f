import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { LCC, project, scaleFactor, unproject } from './lcc';

const PROJ = `+proj=lcc +lat_0=${LCC.lat0} +lon_0=${LCC.lon0} +lat_1=${LCC.lat1} +lat_2=${LCC.lat2} +a=6371000 +b=6371000 +units=m +no_defs`;

const PLACES: [string, number, number][] = [
  ['Murmansk', 68.97, 33.08],
  ['Nalchik', 43.49, 43.62],
  ['Irkutsk', 52.29, 104.28],
  ['Yakutsk', 62.03, 129.73],
  ['Kyzyl', 51.72, 94.45],
  ['Donetsk', 48.0, 37.8],
  ['Anadyr (east of 180° unwrapped)', 64.73, 177.5],
];

describe('Lambert conformal conic', () => {
  it.each(PLACES)('projects %s as proj4 does, within a metre', (_, lat, lon) => {
    const [x, y] = project(lat, lon);
    const [px, py] = proj4('EPSG:4326', PROJ, [lon, lat]);
    expect(Math.abs(x - px!)).toBeLessThan(1);
    expect(Math.abs(y - py!)).toBeLessThan(1);
  });

  it.each(PLACES)('unprojects %s back to where it was', (_, lat, lon) => {
    const [la, lo] = unproject(...project(lat, lon));
    expect(la).toBeCloseTo(lat, 9);
    expect(lo).toBeCloseTo(lon, 9);
  });

  it('keeps going east of 180° without a seam', () => {
    const [x179] = project(65, 179.9);
    const [x181] = project(65, 180.1);
    expect(x181).toBeGreaterThan(x179);
    expect(x181 - x179).toBeLessThan(20000);
  });

  it('is true to scale on the standard parallels and compresses between them', () => {
    expect(scaleFactor(LCC.lat1)).toBeCloseTo(1, 9);
    expect(scaleFactor(LCC.lat2)).toBeCloseTo(1, 9);
    expect(scaleFactor(60)).toBeLessThan(1);
    expect(scaleFactor(45)).toBeGreaterThan(1);
  });
});
