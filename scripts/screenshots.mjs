/**
 * `npm run screenshots`: the README's pictures of the app as it is, taken from the built app
 * (dist/, served on a free port of 127.0.0.1) with headless Chromium:
 *
 *   docs/screenshot-desktop.png   the overview at 1280×800
 *   docs/screenshot-phone.png     an area on a phone, 390×844
 *   docs/screenshot-dark.png      an area in dark mode, 1280×800
 *   docs/screenshot-uk.png        the Ukrainian page with a statement, 1280×800
 *
 *   node scripts/screenshots.mjs [outDir]     (default docs/; `npm run screenshots` builds first)
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';
import { serveStatic } from './bench/serve.mjs';

const out = process.argv[2] ?? 'docs';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const SHOTS = [
  { name: 'screenshot-desktop', query: '', viewport: DESKTOP },
  { name: 'screenshot-phone', query: '?area=murmansk', viewport: PHONE },
  { name: 'screenshot-dark', query: '?area=sakha', viewport: DESKTOP, colorScheme: 'dark' },
  { name: 'screenshot-uk', query: '?lang=uk&statement=putin-regions', viewport: DESKTOP },
];

mkdirSync(out, { recursive: true });
const server = await serveStatic('dist');
const browser = await chromium.launch({
  executablePath: (await findChromium({ install: false })) ?? undefined,
  args: CHROMIUM_ARGS,
});
try {
  for (const s of SHOTS) {
    const page = await browser.newPage({ viewport: s.viewport, deviceScaleFactor: 1, colorScheme: s.colorScheme });
    await page.goto(server.url + s.query);
    // The map is drawn (its six areas and the basemap) and the panel's card has arrived.
    await page.waitForFunction(
      () =>
        document.querySelectorAll('.leaflet-overlay-pane path.area').length === 6 &&
        document.querySelectorAll('.leaflet-basemap-pane path').length > 40 &&
        document.querySelector('.area-label') !== null &&
        document.querySelector('.panel .card, .panel .area-list') !== null,
    );
    // Then the view holds still: the map pane has not moved for ten frames (a fly-to has ended).
    await page.evaluate(
      () =>
        new Promise((done) => {
          const pane = document.querySelector('.leaflet-map-pane');
          let last = '';
          let still = 0;
          const tick = () => {
            const now = `${pane.style.transform}|${document.querySelector('.leaflet-zoom-anim') ? 1 : 0}`;
            still = now === last ? still + 1 : 0;
            last = now;
            if (still >= 10) done();
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
    await page.screenshot({ path: `${out}/${s.name}.png` });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${SHOTS.length} screenshots in ${out}/`);
