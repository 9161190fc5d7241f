/** Runs the browser tests with whichever Chromium is available (see find-chromium.mjs). */
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

const path = await findChromium();
if (!path) {
  console.error(
    'No Chromium found and none could be installed: run `node scripts/find-chromium.mjs` for what to install.',
  );
  process.exit(1);
}
console.error(`[browser] using ${path}`);
const r = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: path },
});
process.exit(r.status ?? 1);
