/** Hides selectors and map geometry from the tests: they speak of areas, deposits and the panel. */
import { expect, type Page } from '@playwright/test';
import { deposits } from '../src/data/dataset';

export const LOCATED = deposits.filter((d) => d.location !== null);

/** Records every request that leaves 127.0.0.1 and every console error or uncaught exception. */
export function watch(page: Page) {
  const external: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.hostname !== '127.0.0.1' && url.hostname !== 'localhost')
      external.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { external, errors };
}

export async function openMap(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.locator('.leaflet-overlay-pane path.area')).toHaveCount(6);
  await expect(page.locator('.deposit-marker')).toHaveCount(LOCATED.length);
}

export const panelHeading = (page: Page) => page.locator('#panel-title');

/**
 * Clicks the area's polygon itself (not its label or the list): at the area's label point,
 * which lies inside the polygon, with labels and markers hidden so that the click reaches the shape.
 */
export async function clickAreaOnMap(page: Page, id: string) {
  await page.addStyleTag({ content: '.leaflet-marker-pane { visibility: hidden; }' });
  const anchor = await page.locator(`.area-label-${id}`).boundingBox();
  if (!anchor) throw new Error(`no label for ${id}`);
  const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('class') ?? '', [anchor.x, anchor.y]);
  expect(hit, `the point clicked for ${id} is on its polygon`).toContain(`area-${id}`);
  await page.mouse.click(anchor.x, anchor.y);
}

export async function clickDepositMarker(page: Page, id: string) {
  const d = deposits.find((x) => x.id === id)!;
  await page.locator(`.deposit-marker[title="${d.name}"]`).click();
  return d;
}
