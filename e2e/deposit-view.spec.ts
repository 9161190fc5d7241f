/**
 * A deposit in its surroundings: selecting one frames it with its area's outline crossing the view
 * (not a uniform fill) and a town or river the map names, at a desktop and at a phone's size, with a
 * locator inset of Russia and Ukraine in the corner.
 */
import { expect, test, type Page } from '@playwright/test';
import { deposits } from './data';
import { LOCATED, openMap } from './driver';

/** The map's box, and what of the view the selection needs to be placed. */
async function viewOf(page: Page, depositId: string, areaId: string | null) {
  return page.evaluate(
    ({ depositId, areaId }) => {
      const map = document.querySelector('.map')!.getBoundingClientRect();
      const inside = (r: DOMRect) =>
        r.width > 0 && r.left >= map.left && r.right <= map.right && r.top >= map.top && r.bottom <= map.bottom;
      const marker =
        document.querySelector(`.deposit-marker[data-deposit="${depositId}"]`) ??
        [...document.querySelectorAll('.deposit-cluster')].find((c) =>
          (c.getAttribute('data-deposits') ?? '').split(' ').includes(depositId),
        );
      // Whether the area's outline crosses the map: of a grid of points over the map, some fall inside
      // the area's shape and some outside it (not a uniform fill, not out of sight).
      const path = areaId ? document.querySelector<SVGPathElement>(`path.area-${areaId}`) : null;
      let inArea = 0;
      let total = 0;
      if (path) {
        const toPath = path.getScreenCTM()!.inverse();
        for (let i = 1; i < 12; i++)
          for (let j = 1; j < 12; j++) {
            const p = new DOMPoint(map.left + (map.width * i) / 12, map.top + (map.height * j) / 12).matrixTransform(
              toPath,
            );
            total++;
            if (path.isPointInFill(p)) inArea++;
          }
      }
      const names = [...document.querySelectorAll('.context-label')]
        .filter((el) => inside(el.getBoundingClientRect()))
        .map((el) => el.textContent ?? '');
      return {
        marker: marker ? inside(marker.getBoundingClientRect()) : false,
        outline: path ? inArea > 0 && inArea < total : null,
        names,
      };
    },
    { depositId, areaId },
  );
}

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const d of LOCATED) {
      test(`${d.id} shows its area's outline and a named place beside it`, async ({ page }) => {
        await openMap(page, `?deposit=${d.id}`);
        const areaId = deposits.find((x) => x.id === d.id)!.areaId;
        await expect
          .poll(async () => {
            const v = await viewOf(page, d.id, areaId);
            return {
              marker: v.marker,
              outline: v.outline ?? areaId === null,
              named: v.names.length > 0,
            };
          })
          .toEqual({ marker: true, outline: true, named: true });
        // Zoomed in past the overview: the locator inset shows Russia and Ukraine with the view marked.
        await expect(page.locator('.locator-inset')).toBeVisible();
        await expect(page.locator('.locator-inset .locator-inset-frame')).toHaveAttribute('points', /\d/);
      });
    }

    test('the overview has no locator inset: the whole map is its own', async ({ page }) => {
      await openMap(page);
      await expect(page.locator('.leaflet-overlay-pane path.area')).toHaveCount(6);
      await expect(page.locator('.locator-inset')).toHaveCount(0);
    });
  });
}
