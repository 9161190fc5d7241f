import { expect, test, type Page } from '@playwright/test';
import { areas, statements } from './data';
import { openMap } from './driver';

type Box = { x: number; y: number; width: number; height: number };
const inside = (a: Box, b: Box) =>
  a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1;

/**
 * Emulates what a browser does on print: print styles, then `beforeprint`, then the picture of the
 * page taken at once, with nothing left to run after the event. So everything is measured in the
 * same task as the event.
 */
async function printedLayout(page: Page) {
  await page.emulateMedia({ media: 'print' });
  return page.evaluate(() => {
    dispatchEvent(new Event('beforeprint'));
    const box = (el: Element) => el.getBoundingClientRect().toJSON() as Box;
    const all = (sel: string) =>
      [...document.querySelectorAll(sel)].map((el) => ({
        id: el.getAttribute('data-area') ?? el.getAttribute('class')!,
        ...box(el),
      }));
    return {
      map: box(document.querySelector('.leaflet-container')!),
      legend: box(document.querySelector('.legend')!),
      panel: box(document.querySelector('.panel')!),
      areas: all('path.area'),
      labels: all('.area-label'),
    };
  });
}

test('printing frames the six areas, names drawn in place, with the legend beside the map and the text after it', async ({
  page,
}) => {
  await openMap(page);
  const printed = await printedLayout(page);
  // 140 mm wide at 96 px to the inch, as tall as its 105 mm frame.
  expect(Math.round(printed.map.width)).toBe(529);
  expect(Math.round(printed.map.height)).toBe(395);
  for (const a of printed.areas) expect(inside(a, printed.map), a.id).toBe(true);
  expect(printed.labels.map((l) => l.id).sort()).toEqual(areas.map((a) => a.id).sort());
  for (const l of printed.labels) expect(inside(l, printed.map), `${l.id}'s name`).toBe(true);
  expect(printed.legend.x).toBeGreaterThanOrEqual(printed.map.x + printed.map.width - 1);
  expect(printed.legend.y).toBeLessThan(printed.map.y + printed.map.height);
  expect(printed.panel.y).toBeGreaterThanOrEqual(printed.map.y + printed.map.height - 1);

  // Back on screen, the map takes the page's width again.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  const wrap = (await page.locator('.map-wrap').boundingBox())!;
  await expect.poll(async () => (await page.locator('.leaflet-container').boundingBox())!.width).toBe(wrap.width);
});

for (const query of ['?area=sakha', `?statement=${statements.find((s) => s.id === 'putin-regions')!.id}`])
  test(`printing ${query} frames what is selected, whole`, async ({ page }) => {
    await openMap(page, query);
    const printed = await printedLayout(page);
    const selected = query.startsWith('?area=')
      ? [query.slice('?area='.length)]
      : statements.find((s) => `?statement=${s.id}` === query)!.areaIds;
    for (const id of selected) {
      const shape = printed.areas.find((a) => a.id.split(' ').includes(`area-${id}`))!;
      expect(inside(shape, printed.map), id).toBe(true);
      const label = printed.labels.find((l) => l.id === id);
      if (label) expect(inside(label, printed.map), `${id}'s name`).toBe(true);
    }
  });
