/**
 * Opens the built GeoJSON downloads (dist/downloads) with GDAL's ogrinfo, as a GIS reader would, and
 * fails on a file GDAL cannot open, a layer not named after its file, or a geometry GEOS finds invalid.
 * Where ogrinfo is missing it installs Debian's gdal-bin (as root on Debian); if that is impossible it
 * says the check did not run, and under CI=true fails.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DOWNLOAD_FILES, DOWNLOADS_DIR } from '../src/cite/download-files';
import { installDebian } from '../e2e/engines/find';

const CI = process.env.CI === 'true' || process.env.CI === '1';
const has = () => spawnSync('sh', ['-c', 'command -v ogrinfo'], { encoding: 'utf8' }).status === 0;

function main(): number {
  if (!has() && !(installDebian(['gdal-bin']) && has())) {
    console.log(
      '[gdal] GDAL’s ogrinfo is not installed and could not be installed: the downloads were NOT opened with GDAL.\n' +
        '    Install Debian’s gdal-bin (sudo apt-get install gdal-bin) to run this check.',
    );
    return CI ? 1 : 0;
  }
  const failures: string[] = [];
  for (const { file } of DOWNLOAD_FILES.filter((f) => f.file.endsWith('.geojson'))) {
    const path = `dist/${DOWNLOADS_DIR}/${file}`;
    if (!existsSync(path)) {
      failures.push(`${path}: missing (run npm run build first)`);
      continue;
    }
    const layer = file.replace(/\.geojson$/, '');
    try {
      const summary = execFileSync('ogrinfo', ['-ro', '-so', '-al', path], { encoding: 'utf8' });
      if (!summary.includes(`Layer name: ${layer}\n`))
        failures.push(`${path}: GDAL does not name the layer “${layer}”`);
      const invalid = execFileSync(
        'ogrinfo',
        ['-ro', '-q', path, '-dialect', 'SQLite', '-sql', `SELECT id FROM "${layer}" WHERE NOT ST_IsValid(geometry)`],
        { encoding: 'utf8' },
      );
      const ids = [...invalid.matchAll(/^\s*id \(String\) = (.*)$/gm)].map((m) => m[1]);
      if (ids.length) failures.push(`${path}: invalid geometries (GEOS): ${ids.join(', ')}`);
      else console.log(`[gdal] ✓ ${path}: layer “${layer}”, every geometry valid`);
    } catch (e) {
      failures.push(`${path}: ogrinfo failed: ${String(e)}`);
    }
  }
  for (const f of failures) console.log(`[gdal] ✘ ${f}`);
  return failures.length ? 1 : 0;
}

process.exitCode = main();
