import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('no component renders raw HTML: React renders text only', () => {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter(
    (f) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.test.ts'),
  );
  expect(files.length).toBeGreaterThan(20);
  const offenders = files.filter((f) =>
    /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/.test(
      readFileSync(join('src', f), 'utf8'),
    ),
  );
  expect(offenders).toEqual([]);
});
