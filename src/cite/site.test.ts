import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SITE } from './site';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('site.config.json', () => {
  it('names a publisher', () => {
    expect(SITE.publisher.trim()).not.toBe('');
  });

  it('gives the published address, if at all, as an absolute http(s) address ending in a slash', () => {
    if (SITE.url === null) return;
    const url = new URL(SITE.url);
    expect(url.protocol).toMatch(/^https?:$/);
    expect(url.href).toBe(SITE.url);
    expect(SITE.url.endsWith('/')).toBe(true);
  });

  it('dates the release with a real calendar day', () => {
    expect(SITE.release.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${SITE.release.date}T00:00:00Z`).toISOString().slice(0, 10)).toBe(SITE.release.date);
  });

  it('gives the release the version package.json has, so a citation names the code it came from', () => {
    expect(SITE.release.version).toBe(pkg.version);
  });
});
