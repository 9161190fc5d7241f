import { expect, test } from '@playwright/test';
import { areas, deposits, getDeposit, statements, statementsFor } from './data';
import { clickAreaOnMap, clickDepositMarker, LOCATED, openMap, panelHeading, watch } from './driver';

test('draws the six areas, the basemap and a marker per located deposit', async ({ page }) => {
  const w = watch(page);
  await openMap(page);
  // The basemap is drawn from our own GeoJSON: many country paths, no tiles.
  await expect.poll(() => page.locator('.leaflet-basemap-pane path').count()).toBeGreaterThan(40);
  await expect(page.locator('.leaflet-tile')).toHaveCount(0);
  // Every area is a visible shape with a real size on screen.
  for (const a of areas) {
    const box = await page.locator(`path.area-${a.id}`).boundingBox();
    expect(box, a.id).not.toBeNull();
    expect(box!.width * box!.height, a.id).toBeGreaterThan(20);
  }
  // The occupied area is hatched, unlike Russia's own regions.
  await expect(page.locator('path.area-occupied-ukraine')).toHaveAttribute('fill', /url\(#occupied-hatch\)/);
  await expect(page.locator('path.area-sakha')).not.toHaveAttribute('fill', /url\(/);
  expect(LOCATED.length).toBeLessThan(deposits.length);
  await expect(panelHeading(page)).toHaveText(/rare-earth offer/);
  expect(w.external).toEqual([]);
  expect(w.errors).toEqual([]);
});

for (const area of areas) {
  test(`clicking ${area.id} on the map shows its statements and deposits`, async ({ page }) => {
    const w = watch(page);
    await openMap(page);
    await clickAreaOnMap(page, area.id);
    await expect(panelHeading(page)).toHaveText(area.properties.name);
    await expect(page).toHaveURL(new RegExp(`\\?area=${area.id}$`));
    const expected = statementsFor(area.id);
    expect(expected.length).toBeGreaterThan(0);
    const titles = page.locator('.panel .statement-title');
    await expect(titles).toHaveText(expected.map((s) => s.title));
    for (const d of deposits.filter((x) => x.areaId === area.id))
      await expect(page.locator('.panel .deposit-summary', { hasText: d.name }).first()).toBeVisible();
    expect(w.external).toEqual([]);
    expect(w.errors).toEqual([]);
  });
}

test('every quote is shown exactly as its source gives it', async ({ page }) => {
  await openMap(page);
  const overview = await page.locator('.panel blockquote').allTextContents();
  for (const s of statements) {
    expect(overview).toContain(s.article.text);
    await page.goto(`/?statement=${s.id}`);
    await expect(panelHeading(page)).toHaveText(s.title);
    const shown = await page.locator('.panel blockquote').allTextContents();
    expect(shown).toEqual([s.article.text, ...s.versions.map((v) => v.text)]);
  }
});

test('a marker opens its deposit record with coordinate, precision, basis and sources', async ({ page }) => {
  await openMap(page);
  const tomtor = await clickDepositMarker(page, 'tomtor');
  await expect(panelHeading(page)).toHaveText(tomtor.name);
  await expect(page).toHaveURL(/\?deposit=tomtor$/);
  const panel = page.locator('.panel');
  await expect(panel).toContainText('71.0000° N, 116.5833° E');
  await expect(panel).toContainText(/±\d+ km/);
  await expect(panel).toContainText("the deposit's own coordinate");
  await expect(panel.locator('a[href^="https://mrdata.usgs.gov"]').first()).toBeVisible();
});

test('a deposit without a published coordinate is listed, with no marker', async ({ page }) => {
  await openMap(page, '?area=tuva');
  const ulug = getDeposit('ulug-tanzek')!;
  expect(ulug.location).toBeNull();
  await expect(page.locator('.panel .deposit-summary', { hasText: ulug.name })).toContainText('Location not published');
  await expect(page.locator(`.deposit-marker[title="${ulug.name}"]`)).toHaveCount(0);
});

test('a deep link restores the selection, and back and forward walk the history', async ({ page }) => {
  await openMap(page, '?deposit=kovdor');
  await expect(panelHeading(page)).toHaveText(getDeposit('kovdor')!.name);
  await page.locator('.panel .crumbs a', { hasText: 'Murmansk Oblast' }).click();
  await expect(panelHeading(page)).toHaveText('Murmansk Oblast');
  await page.locator('.panel .crumbs a', { hasText: 'Overview' }).click();
  await expect(panelHeading(page)).toHaveText(/rare-earth offer/);
  await page.goBack();
  await expect(panelHeading(page)).toHaveText('Murmansk Oblast');
  await expect(page).toHaveURL(/\?area=murmansk$/);
  await page.goBack();
  await expect(panelHeading(page)).toHaveText(getDeposit('kovdor')!.name);
  await page.goForward();
  await expect(panelHeading(page)).toHaveText('Murmansk Oblast');
  await page.reload();
  await expect(panelHeading(page)).toHaveText('Murmansk Oblast');
});

test('an unknown id shows a notice and the overview, not an error', async ({ page }) => {
  const w = watch(page);
  await openMap(page, '?area=atlantis');
  await expect(page.locator('.notice')).toHaveText('There is no area “atlantis” on this map. Showing the overview.');
  await expect(panelHeading(page)).toHaveText(/rare-earth offer/);
  await openMap(page, '?deposit=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
  await expect(page.locator('.notice')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('.panel img')).toHaveCount(0);
  expect(w.errors).toEqual([]);
});

test('the occupied area says it is drawn as whole oblasts', async ({ page }) => {
  await openMap(page, '?area=occupied-ukraine');
  await expect(page.locator('.occupation-note')).toContainText('Drawn as whole oblasts, not as a front line');
  await expect(page.locator('.legend')).toContainText('whole oblasts');
  const shev = getDeposit('shevchenkivske')!;
  await expect(page.locator('.panel .deposit-summary', { hasText: shev.name })).toContainText('Not occupied');
});

test('credits name the boundary sources and their licences', async ({ page }) => {
  await openMap(page);
  const credits = page.locator('.credits');
  await expect(credits).toBeVisible();
  await expect(credits).toContainText('Natural Earth');
  await expect(credits).toContainText('public domain');
});
