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

// The cases run side by side, each building in a folder of its own.
describe.concurrent('the build fails on bad figures', { timeout: BUILD_TIMEOUT }, () => {
  const tempDir = tempDirs('bad-figures-');

  function build(raw: unknown) {
    const dir = tempDir();
    cpSync('data', join(dir, 'data'), { recursive: true });
    writeFileSync(join(dir, FIGURES_FILE), JSON.stringify(raw));
    return checkBuild(dir);
  }

  it('passes on the shipped figures', async ({ expect }) => {
    expect((await build(fresh())).code).toBe(0);
  });

  // The two cases: a figure without a source, and one without a unit.
  it.for(FIGURE_FAULTS.slice(0, 5))(
    'exits non-zero and prints the message for $name',
    async ({ breakIt, message }, { expect }) => {
      const raw = fresh();
      breakIt(raw);
      const { code, stderr } = await build(raw);
      expect(code).toBe(1);
      expect(stderr).toContain(message);
    },
  );
});
