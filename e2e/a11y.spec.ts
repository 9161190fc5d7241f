import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { areas, deposits, statements } from './data';
import { openMap, panelHeading, watch } from './driver';

const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG22_AA).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const PAGES: [string, string, (page: Page) => Promise<void>][] = [
  ['the overview', '', async (page) => openMap(page)],
  ['a selected area', '?area=sakha', async (page) => openMap(page, '?area=sakha')],
  [
    'a selected deposit',
    '?deposit=tomtor',
    async (page) => {
      await openMap(page, '?deposit=tomtor');
      await expect(page.locator('.panel .facts')).toBeVisible();
    },
  ],
  [
    'the text alternative',
    '?show=list',
    async (page) => {
      await openMap(page, '?show=list');
      await expect(page.locator('.panel table').first()).toBeVisible();
    },
  ],
  [
    'the embed view',
    '?embed',
    async (page) => {
      await page.goto('/?embed');
      await expect(page.locator('.leaflet-overlay-pane path.area')).toHaveCount(6);
    },
  ],
];

for (const [name, , open] of PAGES) {
  test(`axe finds no WCAG 2.2 AA violation on ${name}`, async ({ page }) => {
    await open(page);
    expect(await axe(page)).toEqual([]);
  });
}

/** Presses Tab until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('with the keyboard alone, a reader reaches and selects every area and a deposit, and returns with Escape', async ({
  page,
}) => {
  const w = watch(page);
  await openMap(page);
  await tabTo(page, 'path.area');
  for (const area of areas) {
    const path = `path.area-${area.id}`;
    if (!(await page.evaluate((s) => document.activeElement?.matches(s) ?? false, path))) await tabTo(page, path);
    await expect(page.locator(path)).toHaveAttribute(
      'aria-label',
      new RegExp(`^${area.properties.name.replace(/[()]/g, '\\$&')}, \\d+ deposits?, \\d+ statements?$`),
    );
    await page.keyboard.press('Enter');
    await expect(panelHeading(page)).toHaveText(area.properties.name);
    await expect(panelHeading(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panelHeading(page)).toHaveText(/rare-earth offer/);
    await expect(page.locator(path)).toBeFocused();
  }
  const tomtor = deposits.find((d) => d.id === 'tomtor')!;
  await tabTo(page, '[data-deposit="tomtor"]', 120);
  await page.keyboard.press('Enter');
  await expect(panelHeading(page)).toHaveText(tomtor.name);
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-deposit="tomtor"]')).toBeFocused();
  expect(w.errors).toEqual([]);
});

test('the map pans and zooms from the keyboard', async ({ page }) => {
  await openMap(page);
  const before = await page.locator('path.area-sakha').getAttribute('d');
  await page.locator('.leaflet-container').focus();
  await page.keyboard.press('+');
  await expect.poll(() => page.locator('path.area-sakha').getAttribute('d')).not.toBe(before);
  const zoomed = await page.locator('.leaflet-map-pane').getAttribute('style');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => page.locator('.leaflet-map-pane').getAttribute('style')).not.toBe(zoomed);
});

test('a skip link and the keyboard help are one Tab away', async ({ page }) => {
  await openMap(page);
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(panelHeading(page)).toHaveText('All areas and deposits');
  await expect(page.locator('.panel table').first()).toContainText(areas[0]!.properties.name);
  await page.locator('.keyboard-help summary').click();
  await expect(page.locator('.keyboard-help-body')).toContainText('Escape');
});

test('a statement has a stable link and a citation in three styles', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const s = statements.find((x) => x.id === 'putin-regions')!;
  await openMap(page, `?statement=${s.id}`);
  await expect(panelHeading(page)).toHaveText(s.title);
  await page.locator('.panel .cite-button').click();
  // The statement itself (speaker, date, venue, original source), then this page of the map.
  const [itself, ofTheMap] = [
    page.locator('.panel .citation-group').nth(0),
    page.locator('.panel .citation-group').nth(1),
  ];
  await expect(itself.locator('.citation-text')).toHaveCount(3);
  for (const text of await itself.locator('.citation-text').allTextContents()) expect(text).toContain('Putin');
  const citations = ofTheMap.locator('.citation-text');
  await expect(citations).toHaveCount(3);
  for (const text of await citations.allTextContents()) {
    expect(text).toContain(`?statement=${s.id}`);
    expect(text).toContain('Vladimir Putin');
  }
  await ofTheMap.locator('.citation button').first().click();
  await expect(ofTheMap.locator('.copy-state').first()).toHaveText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe((await citations.first().textContent())!);
});

test('the sources view lists every source by kind, with what it supports', async ({ page }) => {
  await openMap(page, '?show=sources');
  await expect(panelHeading(page)).toHaveText('Sources');
  const links = page.locator('.panel .source-index a');
  await expect(links.first()).toBeVisible();
  const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  for (const s of statements) for (const src of s.sources) expect(hrefs).toContain(src.url);
  await expect(page.locator('.panel h3', { hasText: 'Wire' })).toBeVisible();
});

test('the downloads are served under stable names and open as data', async ({ page, request }) => {
  await openMap(page);
  const hrefs = await page
    .locator('.panel .downloads a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.map((h) => h.split('/').pop())).toEqual([
    'deposits.geojson',
    'deposits.csv',
    'areas.geojson',
    'statements.json',
    'statements.csv',
    'timeline.json',
    'figures.json',
    'figures.csv',
  ]);
  const csv = await (await request.get(hrefs[1]!)).body();
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.toString('utf8')).toContain('Ловозерское месторождение');
  const geo = await (await request.get(hrefs[0]!)).json();
  expect(geo.type).toBe('FeatureCollection');
  expect(geo.features.length).toBe(deposits.filter((d) => d.location).length);
  const { timeline } = await (await request.get(hrefs[5]!)).json();
  expect(timeline.length).toBeGreaterThan(0);
  expect(timeline[0].sources[0].archiveUrl).toMatch(/^https:\/\/web\.archive\.org\/web\/https?:\/\//);
  const figures = await (await request.get(hrefs[6]!)).json();
  expect(figures.series.length).toBeGreaterThan(0);
  expect((await (await request.get(hrefs[7]!)).text()).split('\n')[0]).toContain('unit');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page sends the reader to the text version, which holds every statement, every area and its deposits', async ({
    page,
  }) => {
    await page.goto('/');
    await page.waitForURL(/\/text\.html$/);
    const text = (await page.locator('body').textContent())!.replace(/\s+/g, ' ');
    for (const s of statements) {
      expect(text).toContain(s.article.text.replace(/\s+/g, ' '));
      for (const v of s.versions) expect(text).toContain(v.text);
      expect(text).toContain(s.speaker);
    }
    for (const a of areas) await expect(page.locator(`#area-${a.id} h2`)).toHaveText(a.properties.name);
    for (const d of deposits) expect(text).toContain(d.name);
    // Every source the data cites (statements, deposits, timeline) is a link on the page.
    const links = new Set(await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
    const cited = ['statements', 'deposits', 'timeline'].flatMap((f) =>
      [...readFileSync(`data/${f}.json`, 'utf8').matchAll(/"url": "([^"]+)"/g)].map((m) => m[1]!),
    );
    expect(cited.length).toBeGreaterThan(150);
    expect(cited.filter((u) => !links.has(u))).toEqual([]);
    await expect(page.locator('.noscript-note')).toContainText('text version');
    await expect(page.locator('.noscript-note a')).toHaveAttribute('href', './');
    await expect(page.locator('script')).toHaveCount(0);
  });
});

test('the app hydrates the prerendered first view instead of replacing it', async ({ page }) => {
  const { errors } = watch(page);
  // Records every element taken out of the page from the first byte on.
  await page.addInitScript(() => {
    const removed: string[] = [];
    (window as unknown as { removed: string[] }).removed = removed;
    new MutationObserver((records) => {
      for (const r of records)
        for (const n of r.removedNodes) if (n instanceof Element) removed.push(n.className || n.tagName);
    }).observe(document, { childList: true, subtree: true });
  });
  await openMap(page);
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered', '');
  await expect(page.locator('h1')).toHaveCount(1);
  // Only the map's empty place is swapped for the map; the header, the panel and the credits stay.
  const removed = await page.evaluate(() => (window as unknown as { removed: string[] }).removed);
  expect(removed.filter((c) => c !== 'map-wrap')).toEqual([]);
  expect(errors).toEqual([]);
});
