/**
 * The locator inset's drawing: Russia and Ukraine (Crimea with it, as the areas draw it) on the
 * map's own projection, scaled into a box `WIDTH` units wide, as SVG path data. Pure: the build
 * (scripts/build-data.ts) writes it once, and the app maps the map's view into the same box.
 */
import type { FeatureCollection, Position } from 'geojson';
import { project } from './lcc';

export const INSET_WIDTH = 200;

export type Inset = {
  /** The box's height for INSET_WIDTH units of width. */
  height: number;
  /** Projected metres of the box's west and north edges, and metres per unit. */
  origin: [number, number];
  scale: number;
  /** SVG path data of the countries' outlines. */
  land: string;
};

function rings(fc: FeatureCollection): Position[][] {
  return fc.features.flatMap((f) => {
    const g = f.geometry;
    if (g.type === 'Polygon') return g.coordinates;
    if (g.type === 'MultiPolygon') return g.coordinates.flat();
    return [];
  });
}

/** The inset for the outlines of `fc`, points closer than `tolerance` units dropped. */
export function makeInset(fc: FeatureCollection, tolerance = 0.6): Inset {
  const projected = rings(fc).map((ring) => ring.map(([lon, lat]) => project(lat!, lon!)));
  const xs = projected.flat().map((p) => p[0]);
  const ys = projected.flat().map((p) => p[1]);
  const [west, east, south, north] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = (east - west) / INSET_WIDTH;
  const height = Math.ceil((north - south) / scale);
  const round = (n: number) => Math.round(n * 10) / 10;
  const paths = projected
    .map((ring) => {
      const kept: [number, number][] = [];
      for (const [x, y] of ring) {
        const p: [number, number] = [round((x - west) / scale), round((north - y) / scale)];
        const last = kept[kept.length - 1];
        if (!last || Math.hypot(p[0] - last[0], p[1] - last[1]) >= tolerance) kept.push(p);
      }
      return kept;
    })
    .filter((ring) => ring.length >= 4)
    .map((ring) => `M${ring.map((p) => p.join(' ')).join('L')}Z`);
  return { height, origin: [west, north], scale, land: paths.join('') };
}

/** A point of the map (latitude, longitude) in the inset's units. */
export function toInset(inset: Inset, lat: number, lon: number): [number, number] {
  const [x, y] = project(lat, lon);
  return [(x - inset.origin[0]) / inset.scale, (inset.origin[1] - y) / inset.scale];
}
