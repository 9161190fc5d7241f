/**
 * The scale test's data and build: the real data plus N synthetic deposits (never shipped), each at
 * a random point inside one of the six areas, validated by scripts/build-data.ts and built into
 * the app through DATASET_MODULE.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { bbox } from '@turf/bbox';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';

/** A small seeded PRNG (mulberry32), so every run draws the same points. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round4 = (x) => Math.round(x * 1e4) / 1e4;

/** A point inside the area, by rejection sampling over its bounding box (rounded as stored). */
function pointIn(area, rand) {
  const [w, s, e, n] = bbox(area);
  for (;;) {
    const point = [round4(w + rand() * (e - w)), round4(s + rand() * (n - s))];
    if (booleanPointInPolygon(point, area)) return point;
  }
}

/**
 * Copies data/*.json|geojson|txt from repoRoot into workDir/data and appends `count` synthetic
 * deposits (`synthetic-00001`…), each shaped like a real deposit of its area and located, with
 * basis 'district', at a random point inside that area.
 * @param {string} repoRoot
 * @param {string} workDir an empty temporary directory
 * @param {number} count
 * @returns {string} the data directory to pass to build-data.ts as --data-dir (workDir)
 */
export function writeSyntheticData(repoRoot, workDir, count) {
  const dataDir = join(workDir, 'data');
  mkdirSync(dataDir, { recursive: true });
  for (const f of readdirSync(join(repoRoot, 'data')))
    if (/\.(json|geojson|txt)$/.test(f)) copyFileSync(join(repoRoot, 'data', f), join(dataDir, f));
  const areas = JSON.parse(readFileSync(join(dataDir, 'areas.geojson'), 'utf8')).features;
  const deposits = JSON.parse(readFileSync(join(dataDir, 'deposits.json'), 'utf8'));
  const rand = random(20250227);
  for (let i = 1; i <= count; i++) {
    const area = areas[Math.floor(rand() * areas.length)];
    const template = deposits.find((d) => d.areaId === area.id) ?? deposits[0];
    const [lon, lat] = pointIn(area, rand);
    const id = `synthetic-${String(i).padStart(5, '0')}`;
    deposits.push({
      ...template,
      id,
      name: `Synthetic deposit ${String(i).padStart(5, '0')}`,
      nameLocal: null,
      aliases: [],
      areaId: area.id,
      location: {
        lat,
        lon,
        precisionKm: 10,
        basis: 'district',
        note: 'Synthetic point for the scale benchmark; not a real deposit.',
        source: template.sources[0],
      },
    });
  }
  writeFileSync(join(dataDir, 'deposits.json'), JSON.stringify(deposits));
  return workDir;
}

/**
 * Validates the synthetic data into workDir/dataset.gen.ts and builds the app over it into outDir.
 * @param {string} repoRoot
 * @param {string} workDir the directory writeSyntheticData filled
 * @param {string} outDir where the built app goes
 * @returns {string} outDir
 */
export function buildScaledApp(repoRoot, workDir, outDir) {
  const module = join(workDir, 'dataset.gen.ts');
  const run = (cmd, args, env = process.env) =>
    execFileSync(join(repoRoot, 'node_modules/.bin', cmd), args, { cwd: repoRoot, env, stdio: ['ignore', 2, 2] });
  run('tsx', ['scripts/build-data.ts', '--data-dir', workDir, '--out', module]);
  run('vite', ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    ...process.env,
    DATASET_MODULE: module,
  });
  return outDir;
}
