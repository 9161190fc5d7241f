import { expect, test, type Page } from '@playwright/test';
import { openMap, panelHeading } from './driver';

type Box = { x: number; y: number; width: number; height: number };
const overlapping = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

test('the great rivers and Lake Baikal are drawn, named, and take no clicks from the areas', async ({ page }) => {
  await openMap(page);
  // Lena, Angara, Yenisei, Ob and Dnipro; Baikal, Ladoga and Onega.
  await expect(page.locator('path.water--river')).toHaveCount(5);
  await expect(page.locator('path.water--lake')).toHaveCount(3);
  await expect(page.locator('.context-label--water', { hasText: 'Lake Baikal' })).toBeVisible();
  await expect(page.locator('.context-label--water', { hasText: 'Lena' })).toBeVisible();

  // Along every river, what a pointer hits is never the river; where the Lena crosses Sakha, it is Sakha.
  const hits = await page.evaluate(() =>
    [...document.querySelectorAll<SVGPathElement>('path.water--river')].flatMap((path) => {
      const length = path.getTotalLength();
      const matrix = path.getScreenCTM()!;
      return Array.from({ length: 40 }, (_, i) => {
        const p = path.getPointAtLength((length * (i + 0.5)) / 40).matrixTransform(matrix);
        const el = document.elementFromPoint(p.x, p.y);
        return { x: p.x, y: p.y, hit: el?.getAttribute('class') ?? '' };
      });
    }),
  );
  expect(hits.filter((h) => h.hit.includes('water'))).toEqual([]);
  const onSakha = hits.find((h) => h.hit.includes('area-sakha'));
  expect(onSakha, 'a point of a river over Sakha').toBeDefined();
  await page.mouse.click(onSakha!.x, onSakha!.y);
  await expect(panelHeading(page)).toHaveText('Sakha Republic (Yakutia)');
});

test('the rivers are named in the reader’s language', async ({ page }) => {
  await page.goto('/?lang=uk');
  await expect(page.locator('.context-label--water', { hasText: 'Байкал' })).toBeVisible();
  await expect(page.locator('.context-label--water', { hasText: 'Єнісей' })).toBeVisible();
  await page.goto('/?lang=ru');
  await expect(page.locator('.context-label--water', { hasText: 'Енисей' })).toBeVisible();
  await expect(page.locator('.context-label--water', { hasText: 'Обь' })).toBeVisible();
});

/** Waits until a zoom has ended and the names are placed again. */
async function settled(page: Page) {
  await expect(page.locator('.leaflet-zoom-anim')).toHaveCount(0);
  await expect(page.locator('.area-label').first()).toBeVisible();
}

for (const area of ['murmansk', 'irkutsk', 'occupied-ukraine'])
  test(`zoomed in on ${area}, no town's or river's name or dot sits under a marker or a group`, async ({ page }) => {
    await openMap(page, `?area=${area}`);
    for (let step = 0; step < 3; step++) {
      await settled(page);
      const { names, markers } = await page.evaluate(() => {
        const boxes = (sel: string) =>
          [...document.querySelectorAll(sel)].map((el) => ({
            name: el.textContent || el.getAttribute('class')!,
            ...el.getBoundingClientRect().toJSON(),
          }));
        return { names: boxes('.context-label, .city-dot'), markers: boxes('.deposit-marker, .deposit-cluster') };
      });
      expect(markers.length).toBeGreaterThan(0);
      for (const n of names)
        for (const m of markers) expect(overlapping(n, m), `${n.name} under ${m.name} (step ${step})`).toBe(false);
      await page.locator('.leaflet-control-zoom-in').click();
    }
  });
