/**
 * Size budgets for a first visit, measured as the benchmark measures them: the files a browser
 * actually fetches, gzip-compressed at level 9. Sizes are deterministic; timings are not, so they
 * stay in `npm run bench`.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ES modules without type declarations
import { recordResponses, sizeResponses } from '../scripts/bench/bytes.mjs';
// @ts-expect-error plain ES modules without type declarations
import { buildFloor } from '../scripts/bench/floor.mjs';
// @ts-expect-error plain ES modules without type declarations
import { serveStatic } from '../scripts/bench/serve.mjs';

const KB = 1000;
type Sizes = {
  files: { path: string; kind: string; gzip: number }[];
  byKind: Record<string, { gzip: number }>;
  total: { gzip: number };
  external: string[];
};

async function firstVisit(page: Page, dir: string, ready: (page: Page) => Promise<void>, path = ''): Promise<Sizes> {
  const server = await serveStatic(dir);
  try {
    const urls: string[] = recordResponses(page);
    await page.goto(server.url + path);
    await ready(page);
    await page.waitForLoadState('networkidle');
    return sizeResponses(urls, server.url, dir);
  } finally {
    await server.close();
  }
}

/** The map drawn: every area and the basemap. */
async function mapDrawn(p: Page) {
  await expect(p.locator('.leaflet-overlay-pane path.area')).toHaveCount(6);
  await expect.poll(() => p.locator('.leaflet-basemap-pane path').count()).toBeGreaterThan(40);
}

test('a first visit stays within its budgets, and within twice the plain-Leaflet floor', async ({ page, browser }) => {
  test.setTimeout(90_000);
  const app = await firstVisit(page, 'dist', mapDrawn);
  const floorDir = mkdtempSync(join(tmpdir(), 'floor-'));
  try {
    await buildFloor(process.cwd(), floorDir);
    const floorPage = await browser.newPage();
    const floor = await firstVisit(floorPage, floorDir, async (p) => {
      await expect.poll(() => p.locator('.leaflet-overlay-pane path').count()).toBeGreaterThan(6);
    });
    await floorPage.close();

    const report = app.files.map((f) => `${f.path} ${f.kind} ${f.gzip}`).join('\n');
    expect(app.external, 'no file from another host').toEqual([]);
    expect(app.total.gzip, `first visit, gzip:\n${report}`).toBeLessThanOrEqual(170 * KB);
    expect(app.total.gzip, `app ${app.total.gzip} B vs floor ${floor.total.gzip} B`).toBeLessThanOrEqual(
      2 * floor.total.gzip,
    );
    expect(app.byKind.data!.gzip, 'data on first view').toBeLessThanOrEqual(40 * KB);
    for (const f of app.files.filter((x) => x.path.endsWith('.js')))
      expect(f.gzip, f.path).toBeLessThanOrEqual(120 * KB);
  } finally {
    rmSync(floorDir, { recursive: true, force: true });
  }
});

/**
 * A Ukrainian or Russian first visit (the page at /uk/ or /ru/) pays for its catalog and its
 * translations of the names and titles the first view shows, and no more: within 180 kB.
 */
for (const lang of ['uk', 'ru'] as const)
  test(`a first visit in ${lang} stays within 180 kB`, async ({ page }) => {
    test.setTimeout(60_000);
    const app = await firstVisit(
      page,
      'dist',
      async (p) => {
        await expect(p.locator('html')).toHaveAttribute('lang', lang);
        await mapDrawn(p);
      },
      `${lang}/`,
    );
    const report = app.files.map((f) => `${f.path} ${f.kind} ${f.gzip}`).join('\n');
    expect(app.external, 'no file from another host').toEqual([]);
    expect(app.total.gzip, `first visit in ${lang}, gzip:\n${report}`).toBeLessThanOrEqual(180 * KB);
  });
