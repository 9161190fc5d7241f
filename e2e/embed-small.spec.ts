import { expect, test } from '@playwright/test';
import { areas } from './data';

test.describe('in a fixed 300×250 frame', () => {
  test.use({ viewport: { width: 300, height: 250 } });

  test('the map fills the frame with the six areas’ names, each selecting its area; details wait behind a button', async ({
    page,
  }) => {
    await page.goto('/?embed');
    await expect(page.locator('.leaflet-overlay-pane path.area')).toHaveCount(6);
    await expect(page.locator('.area-label')).toHaveCount(6);
    // No legend, scale, zoom buttons, or towns and rivers: only what a small frame can hold.
    for (const sel of ['.legend', '.leaflet-control-scale', '.leaflet-control-zoom'])
      await expect(page.locator(sel)).toBeHidden();
    expect(await page.locator('.context-label:visible, .city-dot:visible').count()).toBe(0);
    await expect(page.locator('.panel')).toHaveCount(0);
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    expect(map.height).toBeGreaterThanOrEqual(150);

    for (const area of areas) {
      const box = (await page.locator(`.area-label-${area.id}`).boundingBox())!;
      expect(box.x, area.id).toBeGreaterThanOrEqual(map.x);
      expect(box.x + box.width, area.id).toBeLessThanOrEqual(map.x + map.width);
      expect(box.y, area.id).toBeGreaterThanOrEqual(map.y);
      expect(box.y + box.height, area.id).toBeLessThanOrEqual(map.y + map.height);
      const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
      const hit = await page.evaluate(
        ([px, py]) => document.elementFromPoint(px!, py!)?.getAttribute('data-area'),
        [x, y],
      );
      expect(hit, `${area.id}'s name is what a tap there hits`).toBe(area.id);
    }
    await page.locator('.area-label-sakha').click();
    await expect(page).toHaveURL(/area=sakha/);

    await page.locator('.embed-actions button').first().click();
    await expect(page.locator('#panel-title')).toHaveText('Sakha Republic (Yakutia)');
  });
});
