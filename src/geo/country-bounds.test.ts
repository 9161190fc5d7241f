import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRY_BOUNDS } from './country-bounds';

type Geometry = { coordinates: unknown };
type Collection = { features: { properties: { name?: string; kind?: string }; geometry: Geometry }[] };

function extent(geometry: Geometry): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [lon, lat] = c as [number, number];
      box[0] = Math.min(box[0], lat);
      box[1] = Math.min(box[1], lon);
      box[2] = Math.max(box[2], lat);
      box[3] = Math.max(box[3], lon);
    } else if (Array.isArray(c)) c.forEach(walk);
  };
  walk(geometry.coordinates);
  return box;
}

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Collection;

describe('COUNTRY_BOUNDS', () => {
  it('holds all of Ukraine on the basemap and the Ukrainian regions Russia claims, and little else', () => {
    const ukraine = read('data/basemap.geojson').features.find((f) => f.properties.name === 'Ukraine')!;
    const claimed = read('data/areas.geojson').features.find((f) => f.properties.kind === 'occupied-ukraine')!;
    const [s, w, n, e] = COUNTRY_BOUNDS.Ukraine!;
    for (const [s1, w1, n1, e1] of [extent(ukraine.geometry), extent(claimed.geometry)]) {
      expect(s).toBeLessThanOrEqual(s1);
      expect(w).toBeLessThanOrEqual(w1);
      expect(n).toBeGreaterThanOrEqual(n1);
      expect(e).toBeGreaterThanOrEqual(e1);
    }
    const all = [extent(ukraine.geometry), extent(claimed.geometry)];
    expect(s).toBeCloseTo(Math.min(...all.map((b) => b[0])), 0);
    expect(n).toBeCloseTo(Math.max(...all.map((b) => b[2])), 0);
  });
});
