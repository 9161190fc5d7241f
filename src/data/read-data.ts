/** Reads data/ from disk for the build scripts and the tests (Node only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FILES, validate, type RawData, type Validation } from './validate';

function read(root: string, file: string): string {
  try {
    return readFileSync(join(root, file), 'utf8');
  } catch {
    return '';
  }
}

/** A file that is missing or not JSON becomes a value the schema rejects with a message naming it. */
function readJson(root: string, file: string): unknown {
  const text = read(root, file);
  if (!text) return { unreadable: `${file} is missing or empty` };
  try {
    return JSON.parse(text);
  } catch (e) {
    return { unreadable: `${file}: ${(e as Error).message}` };
  }
}

export function readRawData(root = '.'): RawData {
  return {
    areas: readJson(root, FILES.areas),
    deposits: readJson(root, FILES.deposits),
    statements: readJson(root, FILES.statements),
    timeline: readJson(root, FILES.timeline),
    article: readJson(root, FILES.article),
    articleText: read(root, FILES.articleText),
  };
}

/** Validates data/ under `root`; on any problem prints one line per problem and exits 1. */
export function readValidData(root = '.'): Extract<Validation, { ok: true }>['dataset'] {
  const result = validate(readRawData(root));
  if (!result.ok) {
    console.error(`Data validation failed (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):`);
    for (const e of result.errors) console.error(`  ${e}`);
    process.exit(1);
  }
  return result.dataset;
}
