/**
 * The figures view: both charts carry every figure of their USGS column, the tables behind them the
 * same numbers, every figure its source; axe is clean in both themes; the statements' comparison
 * lines agree with data/figures.json; and the chart code loads only when the view opens.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { FOCUS_COUNTRY } from '../src/data/figures-constants';
import type { Series } from '../src/data/figures-schema';
import { latest, previousEdition, publicationOf, rankOf, ranked, shareOf, withoutFigure } from '../src/figures/compare';
import { en } from '../src/i18n/messages/en';
import { openMap, panelHeading, watch } from './driver';
import { figures } from './figures-data';

const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const COLUMNS = [latest(figures, 'reserves'), latest(figures, 'mine-production')];

/** What a column's chart should draw: every country with a figure above zero, largest first. */
function expectedBars(series: Series) {
  return ranked(series)
    .filter((r) => r.value > 0)
    .map((r) => ({ label: r.country, value: String(r.value) }));
}

async function rowsOf(locator: Locator) {
  return locator.evaluateAll((els) =>
    els.map((el) => ({ label: el.getAttribute('data-label'), value: el.getAttribute('data-value') })),
  );
}

async function openFigures(page: Page, query = '?show=figures') {
  await openMap(page, query);
  await expect(page.locator('.panel svg.bar-chart')).toHaveCount(2);
}

test('the figures view draws both USGS columns, with the same numbers in the tables and each source named', async ({
  page,
}) => {
  const w = watch(page);
  await openFigures(page);
  await expect(panelHeading(page)).toHaveText('Russia beside the world: reserves and production');
  for (const series of COLUMNS) {
    const figure = page.locator(`figure[data-series="${series.id}"]`);
    const bars = expectedBars(series);
    expect(await rowsOf(figure.locator('svg g.bar'))).toEqual(bars);
    // Russia, and only Russia, is highlighted.
    await expect(figure.locator('g.bar--highlight')).toHaveAttribute('data-label', FOCUS_COUNTRY);
    await expect(figure.locator('g.bar--highlight')).toHaveCount(1);
    // The chart is one labelled image whose description lists every value.
    const svg = figure.locator('svg.bar-chart');
    await expect(svg).toHaveAttribute('role', 'img');
    const description = await svg.locator('desc').textContent();
    for (const b of bars) expect(description).toContain(b.label);
    // The table behind it carries the same countries and values, and the world total.
    await figure.getByText('The same figures as a table').click();
    const table = figure.getByRole('table');
    await expect(table).toBeVisible();
    expect(await rowsOf(table.locator('tbody tr[data-label]'))).toEqual(bars);
    await expect(table.locator('tfoot')).toContainText(new Intl.NumberFormat('en-GB').format(series.world.value));
    // Countries USGS lists without a figure, or with none mined, are named rather than dropped.
    for (const r of series.rows.filter((x) => x.value === null || x.value === 0))
      await expect(figure.locator('figcaption')).toContainText(r.country);
    // The source: publisher, title and table, linking to USGS's own publication.
    const publication = publicationOf(figures, series);
    await expect(figure.locator('.figure-source a')).toHaveAttribute('href', publication.url);
    await expect(figure.locator('.figure-source')).toContainText(publication.table!);
  }
  // Russia's own figure, beside USGS's, with its source.
  const national = figures.russian.find((f) => f.depositId === null)!;
  const rosnedra = page.locator('[data-figure="rosnedra"]');
  await expect(rosnedra).toContainText(`${national.value / 1e6} Mt`);
  await expect(rosnedra.locator('a')).toHaveAttribute(
    'href',
    figures.publications.find((p) => p.id === national.publication)!.url,
  );
  // Every deposit figure is shown with its source and with what it can be compared with.
  for (const f of figures.deposits) {
    const row = page.locator(`tr[data-figure="${f.id}"]`);
    await expect(row.locator('a.figure-row-source')).toHaveAttribute('href', f.source.url);
  }
  await expect(page.locator('table[data-comparable="none"] tr[data-figure]')).toHaveCount(
    figures.deposits.filter((f) =>
      ['measured-indicated', 'prognostic', 'prospective', 'category-not-stated'].includes(f.basis),
    ).length,
  );
  // Every publication is listed with its link.
  for (const p of figures.publications)
    await expect(
      page.locator('.figure-publications').getByRole('link', { name: `${p.publisher}, ${p.title}` }),
    ).toHaveAttribute('href', p.url);
  expect(w.errors).toEqual([]);
  expect(w.external).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no WCAG 2.2 AA violation on the figures view, ${theme}`, async ({ page }) => {
    await openFigures(page, theme === 'dark' ? '?show=figures&theme=dark' : '?show=figures');
    for (const summary of await page.locator('.figure-details summary').all()) await summary.click();
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG22_AA).analyze();
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual(
      [],
    );
  });
}

test('the statements about Russia’s reserves say how the claim compares, as the figures compute it, and link to the chart', async ({
  page,
}) => {
  const reserves = latest(figures, 'reserves');
  const production = latest(figures, 'mine-production');
  const rank = rankOf(reserves, FOCUS_COUNTRY)!;
  const share = shareOf(production, FOCUS_COUNTRY)!;
  const before = previousEdition(figures, reserves)!;
  const beforeRank = rankOf(before, FOCUS_COUNTRY)!;
  const none = new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(withoutFigure(reserves));
  const expected = [
    // The rank counts only the countries USGS gives a figure for, and says which it gives none for.
    `ranks ${en.figures.ordinal(rank.rank)} in rare-earth reserves of the ${rank.of} countries it gives a reserve figure for (it gives none for ${none})`,
    `mined ${en.figures.share(share.share, share.atMost)} of the world’s rare earths in ${production.year}`,
    `In the edition before, it was ${en.figures.rankIn(en.figures.ordinal(beforeRank.rank), beforeRank.of, publicationOf(figures, before).published.slice(0, 4))}.`,
  ];
  for (const id of figures.statements) {
    await openMap(page, `?statement=${id}`);
    const line = page.locator(`[data-comparison="${id}"]`);
    for (const text of expected) await expect(line).toContainText(text);
    await line.getByRole('link', { name: 'See the figures' }).click();
    await expect(panelHeading(page)).toHaveText('Russia beside the world: reserves and production');
    await expect(page).toHaveURL(/[?&]show=figures/);
    await expect(page.locator('.panel svg.bar-chart')).toHaveCount(2);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`[?&]statement=${id}`));
  }
});

test('the chart code loads only when the figures view opens, and the view is a link that survives a reload', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await openMap(page);
  await page.waitForLoadState('networkidle');
  expect(scripts.filter((s) => /FiguresView/.test(s))).toEqual([]);
  await page.getByRole('link', { name: /Russia beside the world/ }).click();
  await expect(page.locator('.panel svg.bar-chart')).toHaveCount(2);
  expect(scripts.filter((s) => /FiguresView/.test(s))).toHaveLength(1);
  await page.reload();
  await expect(panelHeading(page)).toHaveText('Russia beside the world: reserves and production');
  await expect(page.locator('.panel svg.bar-chart')).toHaveCount(2);
});
