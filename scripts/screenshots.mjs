/**
 * Takes screenshots of the built app at a desktop and a phone size, for the README and for review.
 *   node scripts/screenshots.mjs [outDir]      (expects `vite preview` on 127.0.0.1:4173)
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from './find-chromium.mjs';

const out = process.argv[2] ?? 'screenshots';
const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173/';
const SHOTS = [
  { name: 'desktop-overview', query: '', width: 1280, height: 800 },
  { name: 'desktop-sakha', query: '?area=sakha', width: 1280, height: 800 },
  { name: 'desktop-occupied', query: '?area=occupied-ukraine', width: 1280, height: 800 },
  { name: 'desktop-deposit', query: '?deposit=tomtor', width: 1280, height: 800 },
  { name: 'phone-overview', query: '', width: 390, height: 844 },
  { name: 'phone-murmansk', query: '?area=murmansk', width: 390, height: 844 },
  { name: 'phone-deposit', query: '?deposit=kruta-balka', width: 390, height: 844 },
];

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: (await findChromium({ install: false })) ?? undefined,
  args: CHROMIUM_ARGS,
});
for (const s of SHOTS) {
  const page = await browser.newPage({ viewport: { width: s.width, height: s.height }, deviceScaleFactor: 1 });
  await page.goto(base + s.query);
  await page.locator('.leaflet-basemap-pane path').first().waitFor({ state: 'attached' });
  await page.waitForTimeout(900); // let the fly-to animation settle
  await page.screenshot({ path: `${out}/${s.name}.png` });
  await page.close();
}
await browser.close();
console.log(`${SHOTS.length} screenshots in ${out}/`);
