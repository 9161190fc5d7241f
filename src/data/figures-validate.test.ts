import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, checkBuild, tempDirs } from './__fixtures__/check-build';
import { FIGURE_FAULTS } from './__fixtures__/figures-faults';
import { readRawFigures } from './figures-read';
import { FIGURES_FILE, validateFigures } from './figures-validate';
import { readValidData } from './read-data';

const data = readValidData();
const { deposits } = data;

function fresh(): Record<string, unknown> {
  return structuredClone(readRawFigures()) as Record<string, unknown>;
}

describe('validateFigures', () => {
  it('accepts the shipped figures', () => {
    const result = validateFigures(fresh(), data);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each(FIGURE_FAULTS)('rejects $name with a message naming file, record and field', ({ breakIt, message }) => {
    const raw = fresh();
    breakIt(raw);
    const result = validateFigures(raw, data);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContain(message);
  });

  it('gives each deposit figure the source of the deposit record line it comes from', () => {
    const result = validateFigures(fresh(), data);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    for (const f of result.figures.deposits) {
      const line = deposits.find((d) => d.id === f.depositId)!.resources.find((r) => r.text.includes(f.from))!;
      expect(f.source).toEqual(line.source);
    }
  });
});

describe('the build fails on bad figures', () => {
  const tempDir = tempDirs('bad-figures-');

  function build(raw: unknown): { code: number; stderr: string } {
    const dir = tempDir();
    cpSync('data', join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, FIGURES_FILE), JSON.stringify(raw));
    return checkBuild(dir);
  }

  it('passes on the shipped figures', () => {
    expect(build(fresh()).code).toBe(0);
  }, BUILD_TIMEOUT);

  // The two cases: a figure without a source, and one without a unit.
  it.each(FIGURE_FAULTS.slice(0, 5))('exits non-zero and prints the message for $name', ({ breakIt, message }) => {
    const raw = fresh();
    breakIt(raw);
    const { code, stderr } = build(raw);
    expect(code).toBe(1);
    expect(stderr).toContain(message);
  }, BUILD_TIMEOUT);
});
