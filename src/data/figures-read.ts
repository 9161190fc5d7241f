/** Reads data/figures.json from disk for the build scripts and the tests (Node only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Figures } from './figures-schema';
import { FIGURES_FILE, validateFigures } from './figures-validate';
import type { Deposit, Statement } from './schema';

export function readRawFigures(root = '.'): unknown {
  try {
    return JSON.parse(readFileSync(join(root, FIGURES_FILE), 'utf8'));
  } catch (e) {
    return { unreadable: `${FIGURES_FILE}: ${(e as Error).message}` };
  }
}

/** Validates data/figures.json under `root`; on any problem prints one line per problem and exits 1. */
export function readValidFigures(root: string, data: { deposits: Deposit[]; statements: Statement[] }): Figures {
  const result = validateFigures(readRawFigures(root), data);
  if (!result.ok) {
    console.error(`Figures validation failed (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}):`);
    for (const e of result.errors) console.error(`  ${e}`);
    process.exit(1);
  }
  return result.figures;
}
