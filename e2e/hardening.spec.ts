import { expect, test, type Page } from '@playwright/test';
import { openMap, panelHeading, watch } from './driver';

/** A small deterministic generator, so a failing URL can be found again. */
function random(seed: number) {
  return () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

const PAYLOADS = [
  '<script>window.__injected=1</script>',
  '"><img src=x onerror="window.__injected=1">',
  'javascript:window.__injected=1',
  '<svg onload=window.__injected=1>',
  '{{constructor.constructor("window.__injected=1")()}}',
  '__proto__',
  'constructor',
  '%00%0d%0a',
  '../../etc/passwd',
  '𝕽𝖚𝖘𝖘𝖎𝖆 Ловозеро ✓',
  'x'.repeat(5000),
  '',
  ' ',
];
const VALID = ['sakha', 'murmansk', 'tomtor', 'kovdor', 'putin-regions', 'list', 'sources'];
const NUMBERS = [
  'NaN',
  'Infinity',
  '-1e309',
  '1e309',
  '-0',
  '0x10',
  '55.5,37.6,4',
  '91,0,3',
  '1,2',
  '1,2,3,4',
  ',,',
  '55,abc,3',
];
const KEYS = [
  'area',
  'deposit',
  'statement',
  'show',
  'embed',
  'theme',
  'panel',
  'layers',
  'view',
  'height',
  'lang',
  'zoom',
  'x',
];

/** 200 query strings: unknown ids, script payloads, very long strings, repeated and conflicting keys, bad numbers. */
function hostileQueries(): string[] {
  const next = random(20250224);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const queries: string[] = [];
  while (queries.length < 200) {
    const parts = Array.from({ length: 1 + Math.floor(next() * 4) }, () => {
      const key = pick(KEYS);
      const value = pick([...PAYLOADS, ...VALID, ...NUMBERS]);
      return `${key}=${encodeURIComponent(value)}`;
    });
    queries.push(`?${parts.join('&')}`);
  }
  return queries;
}

const QUERIES = hostileQueries();
const CHUNKS = 4;

for (let c = 0; c < CHUNKS; c++) {
  test(`hostile URLs, part ${c + 1} of ${CHUNKS}: no error, nothing injected, the app usable`, async ({ page }) => {
    test.setTimeout(120_000);
    const w = watch(page);
    for (const query of QUERIES.filter((_, i) => i % CHUNKS === c)) {
      await page.goto(`/${query}`);
      await expect(panelHeading(page), query).not.toBeEmpty();
      await expect(page.locator('.leaflet-container'), query).toBeVisible();
      const injected = await page.evaluate(() => ({
        flag: (window as { __injected?: number }).__injected ?? 0,
        inlineScripts: document.querySelectorAll('script:not([src])').length,
        handlers: document.querySelectorAll('[onerror], [onload]').length,
        strayImages: document.querySelectorAll('img[src="x"]').length,
      }));
      expect(injected, query).toEqual({ flag: 0, inlineScripts: 0, handlers: 0, strayImages: 0 });
      expect(w.errors, query).toEqual([]);
    }
    expect(w.external).toEqual([]);
  });
}

async function areasDrawn(page: Page) {
  await expect(page.locator('.leaflet-overlay-pane path.area')).toHaveCount(6, { timeout: 20_000 });
  await expect(panelHeading(page)).not.toBeEmpty();
}

test('an old embed code that asks for the online tiles gets the map with no request elsewhere', async ({ page }) => {
  const w = watch(page);
  await page.goto('/?layers=basemap,areas,deposits,tiles');
  await areasDrawn(page);
  await expect(page.locator('.leaflet-basemap-pane path').first()).toBeAttached();
  await expect(page.locator('.leaflet-tile')).toHaveCount(0);
  expect(w.external).toEqual([]);
  expect(w.errors).toEqual([]);
});

test('a deposit record that fails to load says so, and a retry loads it', async ({ page }) => {
  let fail = true;
  await page.route('**/deposit-records.gen-*.json', (route) =>
    fail ? route.abort('connectionfailed') : route.continue(),
  );
  await openMap(page, '?deposit=tomtor');
  const alert = page.locator('.panel [role="alert"]');
  await expect(alert).toContainText("Could not load the deposit's record");
  fail = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await expect(page.locator('.panel .facts')).toContainText('71.0000° N');
});

test('a part of the app whose code fails to load says so, with a retry', async ({ page }) => {
  await page.route('**/SourcesView-*.js', (route) => route.abort('connectionfailed'));
  await page.goto('/?show=sources');
  const alert = page.locator('.panel [role="alert"]');
  await expect(alert).toContainText('Could not load the list of sources');
  await expect(alert.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('the map loads on a slow 3G connection', async ({ page }) => {
  test.setTimeout(60_000);
  const cdp = await page.context().newCDPSession(page);
  // Chrome DevTools' "Slow 3G": 400 ms latency, 400 kbit/s each way.
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1024) / 8,
    uploadThroughput: (400 * 1024) / 8,
  });
  await page.goto('/', { timeout: 45_000 });
  // The prerendered text is there before the scripts arrive.
  await expect(page.locator('#panel-title')).toHaveText(/rare-earth offer/);
  await areasDrawn(page);
});
