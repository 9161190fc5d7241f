/**
 * Validates data/ and writes the downloadable files (src/cite/downloads.ts) into public/downloads/,
 * from where Vite copies them into the build. Any data problem fails with one line per problem.
 *
 *   tsx scripts/build-downloads.ts [--data-dir DIR] [--out-dir DIR]
 *
 * --data-dir reads the data from another folder; --out-dir writes the files elsewhere.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOWNLOADS } from '../src/cite/downloads';
import { FILES, validate } from '../src/data/validate';

const args = process.argv.slice(2);
function option(name: string, fallback: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
}
const root = option('--data-dir', '.');
const outDir = option('--out-dir', 'public/downloads');

function read(file: string): string {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    return '';
  }
}

/** A file that is missing or not JSON becomes a value the schema rejects with a message naming it. */
function readJson(file: string): unknown {
  const text = read(file);
  if (!text) return { unreadable: `${file} is missing or empty` };
  try {
    return JSON.parse(text);
  } catch (e) {
    return { unreadable: `${file}: ${(e as Error).message}` };
  }
}

const result = validate({
  areas: readJson(FILES.areas),
  deposits: readJson(FILES.deposits),
  statements: readJson(FILES.statements),
  article: readJson(FILES.article),
  articleText: read(FILES.articleText),
});

if (!result.ok) {
  console.error(`Data validation failed (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):`);
  for (const e of result.errors) console.error(`  ${e}`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
for (const download of DOWNLOADS) {
  const text = download.build(result.dataset);
  writeFileSync(join(outDir, download.file), text, 'utf8');
  console.log(`${join(outDir, download.file)}: ${Buffer.byteLength(text, 'utf8').toLocaleString('en')} bytes`);
}
