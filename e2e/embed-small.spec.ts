/**
 * Embeds in fixed frames of an article's usual sizes: the map's names, callouts and markers never
 * overlap, each callout's line ends inside its own area, the title is whole and the credits take one
 * line, in each language.
 */
import { expect, test, type Page } from '@playwright/test';
import { areas } from './data';

const FRAMES = [
  { width: 300, height: 250 },
  { width: 400, height: 300 },
  { width: 600, height: 450 },
];
const LANGS = ['', 'uk/', 'ru/'];

type Box = { x: number; y: number; width: number; height: number; what: string };

/** Waits until the six areas' names are placed and have held still for a few frames. */
async function settled(page: Page) {
  await expect(page.locator('.leaflet-overlay-pane path.area')).toHaveCount(6);
  await expect(page.locator('.area-label')).toHaveCount(6);
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let last = '';
        let still = 0;
        const tick = () => {
          const now = [...document.querySelectorAll('.area-label, .context-label')]
            .map((el) => JSON.stringify(el.getBoundingClientRect()))
            .join();
          still = now === last ? still + 1 : 0;
          last = now;
          if (still >= 10) done();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}

/** What the map shows that must not overlap: names (areas', towns', rivers') and markers. */
function shownBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.area-label, .context-label, .deposit-marker, .deposit-cluster')]
      .map((el) => {
        const r = el.getBoundingClientRect();
        const kind = el.matches('.area-label, .context-label') ? 'name' : 'marker';
        return { x: r.x, y: r.y, width: r.width, height: r.height, what: `${kind}: ${el.textContent || el.className}` };
      })
      .filter((b) => b.width > 0 && b.height > 0),
  );
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

for (const frame of FRAMES)
  for (const lang of LANGS)
    test.describe(`a ${frame.width}×${frame.height} frame, /${lang}`, () => {
      test.use({ viewport: frame });

      test('no name overlaps another or a marker, and each callout ends inside its own area', async ({ page }) => {
        await page.goto(`/${lang}?embed`);
        await settled(page);
        const boxes = await shownBoxes(page);
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1)) {
            if (a.what.startsWith('marker') && b.what.startsWith('marker')) continue;
            expect(overlap(a, b), `${a.what} / ${b.what}`).toBe(false);
          }
        const ends = await page.evaluate(() =>
          [...document.querySelectorAll('.area-leader')].map((g) => {
            const id = [...g.classList].find((c) => c.startsWith('area-leader-'))!.slice('area-leader-'.length);
            const dot = g.querySelector('circle')!.getBoundingClientRect();
            const path = document.querySelector<SVGPathElement>(`path.area-${id}`)!;
            const p = new DOMPoint(dot.x + dot.width / 2, dot.y + dot.height / 2).matrixTransform(
              path.getScreenCTM()!.inverse(),
            );
            return { id, inside: path.isPointInFill(p) };
          }),
        );
        for (const end of ends) expect(end.inside, `${end.id}'s callout ends in ${end.id}`).toBe(true);
      });

      test('the title is whole and the credits take one line, the licences one click away', async ({ page }) => {
        await page.goto(`/${lang}?embed`);
        await settled(page);
        const title = await page.locator('.embed-title').evaluate((el) => {
          const shown = [...el.querySelectorAll('span')].find((s) => s.getBoundingClientRect().width > 0)!;
          const lines = Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight));
          return { text: shown.textContent, cut: el.scrollWidth > el.clientWidth + 1, lines };
        });
        expect(title.cut, `"${title.text}" is cut`).toBe(false);
        expect(title.lines).toBe(1);
        const credits = page.locator('.credits');
        const summary = credits.locator('summary');
        const lineHeight = await summary.evaluate((el) => el.getBoundingClientRect().height);
        expect(lineHeight).toBeLessThan(20);
        expect(await summary.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
        await expect(credits).toContainText('Natural Earth');
        await expect(credits).toContainText('GeoNames');
        await expect(credits.locator('.credits-full')).toBeHidden();
        await summary.click();
        await expect(credits.locator('.credits-full')).toBeVisible();
        await expect(credits.locator('.credits-full')).toContainText('CC BY 4.0');
        await expect(credits.locator('.credits-full')).toBeInViewport({ ratio: 1 });
      });
    });

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
    expect(map.height).toBeGreaterThanOrEqual(180);

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
    // The link to the full map keeps a name for screen readers where only its arrow shows.
    await expect(page.locator('.open-full')).toHaveAccessibleName(/Full map/);
    await page.locator('.area-label-sakha').click();
    await expect(page).toHaveURL(/area=sakha/);

    await page.locator('.embed-actions button').first().click();
    await expect(page.locator('#panel-title')).toHaveText('Sakha Republic (Yakutia)');
  });
});
