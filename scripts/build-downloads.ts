/**
 * Validates data/ and writes the downloadable files (src/cite/downloads.ts) into public/downloads/,
 * from where Vite copies them into the build. Any data problem fails with one line per problem.
 *
 *   tsx scripts/build-downloads.ts [--data-dir DIR] [--out-dir DIR]
 *
 * --data-dir reads the data from another folder; --out-dir writes the files elsewhere.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOWNLOADS } from '../src/cite/downloads';
import { readValidData } from '../src/data/read-data';
import { readValidFigures } from '../src/data/figures-read';
import { readTranslations } from './translations';

const args = process.argv.slice(2);
function option(name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}
const root = option('--data-dir', '.');
const outDir = option('--out-dir', 'public/downloads');

const dataset = readValidData(root);
const figures = readValidFigures(root, dataset);
// Checked by build-translations.ts, which runs first; a problem there has already stopped the build.
const { texts } = readTranslations(root, dataset);
const translations = { uk: texts.get('uk') ?? {}, ru: texts.get('ru') ?? {} };

mkdirSync(outDir, { recursive: true });
for (const download of DOWNLOADS) {
  const text = download.build({ ...dataset, figures }, translations);
  writeFileSync(join(outDir, download.file), text, 'utf8');
  console.log(`${join(outDir, download.file)}: ${Buffer.byteLength(text, 'utf8').toLocaleString('en')} bytes`);
}
