/** Hides selectors and map geometry from the tests: they speak of areas, deposits and the panel. */
import { expect, type Page } from '@playwright/test';
import { deposits } from './data';

export const LOCATED = deposits.filter((d) => d.location !== null);

/** Records every request that leaves 127.0.0.1 and every console error or uncaught exception. */
export function watch(page: Page) {
  const external: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (
      url.protocol !== 'data:' &&
      url.protocol !== 'blob:' &&
      url.hostname !== '127.0.0.1' &&
      url.hostname !== 'localhost'
    )
      external.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { external, errors };
}

/** The deposits the map shows: each marker, plus every member of each group of close markers. */
export async function shownDeposits(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...[...document.querySelectorAll('.deposit-marker')].map((el) => el.getAttribute('data-deposit') ?? ''),
    ...[...document.querySelectorAll('.deposit-cluster')].flatMap((el) =>
      (el.getAttribute('data-deposits') ?? '').split(' '),
    ),
  ]);
}

export async function openMap(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.locator('.leaflet-overlay-pane path.area')).toHaveCount(6);
  await expect.poll(async () => (await shownDeposits(page)).sort()).toEqual(LOCATED.map((d) => d.id).sort());
  // The basemap's countries come from a file of their own, and may arrive after the areas and markers.
  await expect.poll(() => page.locator('.leaflet-basemap-pane path').count()).toBeGreaterThan(40);
  // The names go on last, in steps: the map says when its first view is drawn.
  await expect(page.locator('.leaflet-container')).toHaveAttribute('aria-busy', 'false');
}

export const panelHeading = (page: Page) => page.locator('#panel-title');

/**
 * Clicks the area's polygon itself (not its label or the list): at the first point of a grid over
 * the shape's box where the polygon is what the reader would hit. Markers and labels are hidden so
 * that the click reaches the shape.
 */
export async function clickAreaOnMap(page: Page, id: string) {
  // Through the CSSOM: the page's Content Security Policy refuses injected <style> tags.
  await page.evaluate(() =>
    document.querySelector<HTMLElement>('.leaflet-marker-pane')!.style.setProperty('visibility', 'hidden'),
  );
  const point = await page.evaluate((cls) => {
    const path = document.querySelector(`path.${cls}`);
    if (!path) return null;
    const r = path.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    // Search outwards from the centre, so the point is well inside where possible.
    const points: [number, number][] = [];
    for (let i = 0; i <= 10; i++)
      for (let j = 0; j <= 10; j++) points.push([r.left + (r.width * i) / 10, r.top + (r.height * j) / 10]);
    points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
    return points.find(([x, y]) => document.elementFromPoint(x, y) === path) ?? null;
  }, `area-${id}`);
  expect(point, `a visible point of ${id}'s polygon`).not.toBeNull();
  await page.mouse.click(point![0], point![1]);
}

export async function clickDepositMarker(page: Page, id: string) {
  const d = deposits.find((x) => x.id === id)!;
  await page.locator(`.deposit-marker[title="${d.name}"]`).click();
  return d;
}
