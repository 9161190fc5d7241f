/**
 * A link to a statement, a deposit or an event, opened on a phone, lands on what it names: its
 * heading, its key line and Cite within the first screen, the map framed on it one scroll up.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openMap, panelHeading } from './driver';

test.use({ viewport: { width: 390, height: 844 } });

/** Whether the element lies wholly within the screen as the page is scrolled now. */
async function onScreen(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const height = page.viewportSize()!.height;
  return !!box && box.y >= 0 && box.y + box.height <= height;
}

const LINKS = [
  { what: 'a statement', query: '?statement=putin-regions', keyLine: '.card-summary', area: 'sakha' },
  { what: 'a deposit', query: '?deposit=tomtor', keyLine: '.card-lead', area: 'sakha' },
  {
    what: 'a statement in Ukrainian',
    query: '?lang=uk&statement=putin-regions',
    keyLine: '.card-summary',
    area: 'murmansk',
  },
];

for (const link of LINKS) {
  test(`a link to ${link.what} shows its heading, key line and Cite on the first screen`, async ({ page }) => {
    await openMap(page, link.query);
    const cite = page.locator('.panel .cite-button').first();
    await expect(cite).toBeVisible();
    await expect.poll(() => onScreen(page, panelHeading(page))).toBe(true);
    await expect.poll(() => onScreen(page, page.locator(`.panel ${link.keyLine}`).first())).toBe(true);
    await expect.poll(() => onScreen(page, cite)).toBe(true);
    // The map is one scroll up, and shows the selection's places.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => onScreen(page, page.locator('.map'))).toBe(true);
    await expect(page.locator(`.leaflet-overlay-pane path.area-${link.area}`)).toBeVisible();
  });
}

test('the overview on a phone still opens at the top, with the map first', async ({ page }) => {
  await openMap(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect.poll(() => onScreen(page, page.locator('.map'))).toBe(true);
});

test('a link to an event lands on the event', async ({ page }) => {
  await openMap(page, '?show=timeline&event=dobra-tender-launched');
  const event = page.locator('#event-dobra-tender-launched');
  await expect(event).toBeVisible();
  await expect.poll(() => onScreen(page, event.locator('.timeline-title'))).toBe(true);
});
