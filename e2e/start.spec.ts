/**
 * How the page starts: the prerendered text is painted before the app's scripts are fetched
 * (public/start.js), and the app still starts where nothing is ever painted, as in a hidden frame.
 */
import { expect, test } from '@playwright/test';
import { openMap, watch } from './driver';
import { APP, HOST } from './ports';

test('the page paints its text before it fetches the scripts, and then the map is drawn', async ({ page }) => {
  const w = watch(page);
  await openMap(page);
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    scripts: performance
      .getEntriesByType('resource')
      .filter((e) => /\/assets\/[^/]+\.js$/.test(new URL(e.name).pathname))
      .map((e) => ({ url: e.name, start: e.startTime })),
  }));
  expect(timing.paint).not.toBeNull();
  // The entry, React, the language's catalog and the data, then the map's own chunks.
  expect(timing.scripts.length).toBeGreaterThanOrEqual(8);
  for (const s of timing.scripts) expect(s.start, s.url).toBeGreaterThanOrEqual(timing.paint!);
  expect(w.errors).toEqual([]);
});

test('in a frame that is never painted (display: none) the app starts anyway, and draws the map once shown', async ({
  page,
}) => {
  await page.goto(`${HOST}/blank`);
  await page.evaluate(
    (src) =>
      new Promise<void>((resolve) => {
        const frame = document.createElement('iframe');
        frame.style.display = 'none';
        frame.style.width = '800px';
        frame.style.height = '600px';
        frame.onload = () => resolve();
        frame.src = src;
        document.body.append(frame);
      }),
    `${APP}?embed`,
  );
  const frame = page.frames().find((f) => f.url().startsWith(APP))!;
  // start.js hands the app's chunks to the browser when it starts the app: here, with no paint to wait for.
  await expect
    .poll(() => frame.evaluate(() => document.querySelectorAll('link[rel="modulepreload"]').length))
    .toBeGreaterThan(0);
  await page.evaluate(() => {
    document.querySelector('iframe')!.style.display = 'block';
  });
  await expect(page.frameLocator('iframe').locator('.leaflet-overlay-pane path.area')).toHaveCount(6);
});
