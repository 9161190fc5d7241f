import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD_TIMEOUT, checkBuild, tempDirs } from './__fixtures__/check-build';
import { FAULTS, LINK_FAULTS } from './__fixtures__/faults';
import { readRawData as loadRaw } from './read-data';
import { FIGURES_FILE } from './figures-validate';
import { FILES, validate, type RawData } from './validate';

function fresh(): RawData {
  return structuredClone(loadRaw());
}

describe('validate', () => {
  it('accepts the shipped data', () => {
    const result = validate(fresh());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it.each([...FAULTS, ...LINK_FAULTS])('rejects $name with a message naming file, record and field', ({ breakIt, message }) => {
    const raw = fresh();
    breakIt(raw);
    const result = validate(raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toContain(message);
  });

  it('derives a label point inside each area and bounds around it', () => {
    const result = validate(fresh());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    for (const a of result.dataset.areas) {
      const [w, s, e, n] = a.bbox;
      expect(a.label[0]).toBeGreaterThanOrEqual(w);
      expect(a.label[0]).toBeLessThanOrEqual(e);
      expect(a.label[1]).toBeGreaterThanOrEqual(s);
      expect(a.label[1]).toBeLessThanOrEqual(n);
    }
  });
});

// Each case starts a child process; on a busy machine one can take several seconds. The cases run
// side by side, each in a folder of its own.
describe.concurrent('the build fails on bad data', { timeout: BUILD_TIMEOUT }, () => {
  const tempDir = tempDirs('bad-data-');

  function writeData(raw: RawData): string {
    const dir = tempDir();
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, FILES.areas), JSON.stringify(raw.areas));
    writeFileSync(join(dir, FILES.deposits), JSON.stringify(raw.deposits));
    writeFileSync(join(dir, FILES.statements), JSON.stringify(raw.statements));
    writeFileSync(join(dir, FILES.timeline), JSON.stringify(raw.timeline));
    writeFileSync(join(dir, FILES.article), JSON.stringify(raw.article));
    writeFileSync(join(dir, FILES.articleText), raw.articleText);
    // The build also checks the figures, whose deposit figures must match these deposits' records.
    copyFileSync(FIGURES_FILE, join(dir, FIGURES_FILE));
    return dir;
  }

  it('passes on the shipped data', async ({ expect }) => {
    expect((await checkBuild(writeData(fresh()))).code).toBe(0);
  });

  // One child process for all faults would hide which fault failed; ten data faults and three link
  // faults are enough for the build path.
  it.for([...FAULTS.slice(0, 10), ...LINK_FAULTS.slice(0, 3)])(
    'exits non-zero and prints the message for $name',
    async ({ breakIt, message }, { expect }) => {
      const raw = fresh();
      breakIt(raw);
      const { code, stderr } = await checkBuild(writeData(raw));
      expect(code).toBe(1);
      expect(stderr).toContain(message);
    },
  );
});
