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
    const titles = page.locator('.panel .statement-links').first().locator('a');
    await expect(titles).toHaveText(expected.map((s) => s.title));
    if (area.id === 'occupied-ukraine') {
      // The US–Ukraine deal concerns Ukraine as a whole: listed apart, under a heading that says so.
      const whole = statements.filter((s) => s.countries.includes('Ukraine') && s.areaIds.length === 0);
      expect(whole.length).toBeGreaterThan(0);
      await expect(page.locator('.panel .statement-links').nth(1).locator('a')).toHaveText(whole.map((s) => s.title));
    } else await expect(page.locator('.panel .statement-links')).toHaveCount(1);
    for (const d of deposits.filter((x) => x.areaId === area.id))
      await expect(page.locator('.panel .deposit-summary', { hasText: d.name }).first()).toBeVisible();
    expect(w.external).toEqual([]);
    expect(w.errors).toEqual([]);
  });
}

test('every quote is shown exactly as its source gives it', async ({ page }) => {
  await openMap(page);
  const overview = await page.locator('.panel .key-quote blockquote').allTextContents();
  for (const s of statements) {
    expect(overview).toContain(s.versions.find((v) => v.lang === 'en')?.text ?? s.versions[0]?.text ?? s.article.text);
    await page.goto(`/?statement=${s.id}`);
    await expect(panelHeading(page)).toHaveText(s.title);
    await expect(page.locator('.panel .wordings blockquote')).toHaveCount(1 + s.versions.length);
    const shown = await page.locator('.panel .wordings blockquote').allTextContents();
    expect(shown).toEqual([s.article.text, ...s.versions.map((v) => v.text)]);
    // The key quote, and the original beside it where there is one: each one of the wordings, as given.
    const keys = await page.locator('.panel .key-quote blockquote').allTextContents();
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(shown).toContain(key);
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
  await expect(credits).toContainText('GeoNames');
});

test('cities and countries give the map its geography, clear of the areas’ names and the markers', async ({ page }) => {
  await openMap(page);
  await expect.poll(() => page.locator('.context-label--city').count()).toBeGreaterThanOrEqual(5);
  expect(await page.locator('.context-label--country').count()).toBeGreaterThanOrEqual(3);
  const boxes = (sel: string) =>
    page.locator(sel).evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
  const context = await boxes('.context-label');
  const content = await boxes('.area-label, .deposit-marker, .deposit-cluster');
  for (const c of context) for (const o of content) expect(overlapping(c, o)).toBe(false);
  // The towns next to the deposits appear only closer in.
  await expect(page.locator('.context-label', { hasText: 'Apatity' })).toHaveCount(0);
  await openMap(page, '?area=occupied-ukraine');
  await expect(
    page.locator('.context-label', { hasText: /Mariupol|Melitopol|Berdiansk|Kherson|Luhansk|Zaporizhzhia/ }).first(),
  ).toBeVisible();
});

/** The box of an element, in page pixels. */
type Box = { x: number; y: number; width: number; height: number };
const overlapping = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${size.width}×${size.height}, with markers and groups shown`, () => {
    test.use({ viewport: size });

    for (const area of areas)
      test(`${area.id} has a target of its own on the map, at least 24×24 px, that selects it`, async ({ page }) => {
        await openMap(page);
        const label = page.locator(`.area-label-${area.id}`);
        const box = (await label.boundingBox())!;
        expect(box.width).toBeGreaterThanOrEqual(24);
        expect(box.height).toBeGreaterThanOrEqual(24);
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        // What the reader's pointer hits there is the area's own target, not a marker or a group.
        const hit = await page.evaluate(
          ([x, y]) => document.elementFromPoint(x!, y!)?.getAttribute('data-area') ?? null,
          [cx, cy],
        );
        expect(hit).toBe(area.id);
        await page.mouse.click(cx, cy);
        await expect(panelHeading(page)).toHaveText(area.properties.name);
        await expect(page).toHaveURL(new RegExp(`\\?area=${area.id}$`));
      });

    test('in the first view every area name lies inside the map, clear of markers, groups and controls', async ({
      page,
    }) => {
      await openMap(page);
      const map = (await page.locator('.leaflet-container').boundingBox())!;
      const labels = await page
        .locator('.area-label')
        .evaluateAll((els) =>
          els.map((el) => ({ id: el.getAttribute('data-area'), ...el.getBoundingClientRect().toJSON() })),
        );
      expect(labels.map((l) => l.id).sort()).toEqual(areas.map((a) => a.id).sort());
      const others = await page
        .locator('.deposit-marker, .deposit-cluster, .leaflet-control')
        .evaluateAll((els) => els.map((el) => ({ name: el.className, ...el.getBoundingClientRect().toJSON() })));
      for (const l of labels) {
        expect(l.x, l.id!).toBeGreaterThanOrEqual(map.x);
        expect(l.y, l.id!).toBeGreaterThanOrEqual(map.y);
        expect(l.x + l.width, l.id!).toBeLessThanOrEqual(map.x + map.width);
        expect(l.y + l.height, l.id!).toBeLessThanOrEqual(map.y + map.height);
        for (const o of others) expect(overlapping(l, o), `${l.id} over ${o.name}`).toBe(false);
      }
    });

    test('a statement highlights the areas it concerns, dims the others, and shows them all', async ({ page }) => {
      const statement = statements.find((s) => s.id === 'putin-regions')!;
      await openMap(page, `?statement=${statement.id}`);
      const map = (await page.locator('.leaflet-container').boundingBox())!;
      for (const a of areas) {
        const path = page.locator(`path.area-${a.id}`);
        if (statement.areaIds.includes(a.id)) {
          await expect(path).toHaveClass(/area--on/);
          await expect
            .poll(async () => {
              const b = (await path.boundingBox())!;
              return (
                b.x >= map.x - 1 &&
                b.y >= map.y - 1 &&
                b.x + b.width <= map.x + map.width + 1 &&
                b.y + b.height <= map.y + map.height + 1
              );
            }, `${a.id} inside the view`)
            .toBe(true);
        } else await expect(path).toHaveClass(/area--dim/);
      }
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the page scrolls as one document and nothing inside it scrolls on its own', async ({ page }) => {
    await openMap(page, '?area=sakha');
    const { scrollable, docHeight } = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
        const o = getComputedStyle(el).overflowY;
        return (o === 'auto' || o === 'scroll') && el.scrollHeight > el.clientHeight + 1;
      });
      return {
        scrollable: boxes.map((el) => el.className || el.tagName),
        docHeight: document.documentElement.scrollHeight,
      };
    });
    expect(scrollable).toEqual([]);
    expect(docHeight).toBeGreaterThan(844 * 2);
    await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    // The map comes first, the panel flows below it, the credits close the page.
    const map = (await page.locator('.leaflet-container').boundingBox())!;
    const panel = (await page.locator('.panel').boundingBox())!;
    const credits = (await page.locator('.credits').boundingBox())!;
    expect(panel.y).toBeGreaterThan(map.y + map.height - 1);
    expect(credits.y).toBeGreaterThan(panel.y + panel.height - 1);
  });
});

test.describe('with the reader’s system set to dark', () => {
  test.use({ colorScheme: 'dark' });

  test('the full app is dark: page, land and sea', async ({ page }) => {
    await openMap(page);
    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/[\d.]+/g)!.map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
    };
    const colours = await page.evaluate(() => ({
      page: getComputedStyle(document.querySelector('.app')!.parentElement!).backgroundColor,
      root: getComputedStyle(document.documentElement).backgroundColor,
      panel: getComputedStyle(document.querySelector('.panel')!).color,
      sea: getComputedStyle(document.querySelector('.leaflet-container')!).backgroundColor,
      land: getComputedStyle(document.querySelector('.leaflet-basemap-pane path')!).fill,
    }));
    expect(luminance(colours.root)).toBeLessThan(0.15);
    expect(luminance(colours.sea)).toBeLessThan(0.15);
    expect(luminance(colours.land)).toBeLessThan(0.3);
    expect(luminance(colours.land)).toBeGreaterThan(luminance(colours.sea));
    expect(luminance(colours.panel)).toBeGreaterThan(0.7);
  });

  test('a theme in the link still wins over the system setting', async ({ page }) => {
    await openMap(page, '?theme=light');
    await expect(page.locator('html')).not.toHaveClass(/theme-dark/);
  });
});

for (const size of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test.describe(`at ${size.width}×${size.height}, every area`, () => {
    test.use({ viewport: size });

    test('has at least one marker on it (a group’s disc covering it counts); Tuva’s unlocated deposits are a “?” that opens the area', async ({
      page,
    }) => {
      await openMap(page);
      await expect(page.locator('.deposit-unlocated')).toHaveCount(1);
      const marked = await page.evaluate(
        (ids) => {
          // A marker is on an area where its disc (centre, or a point of its edge) covers the area.
          const discs = [...document.querySelectorAll('.deposit-marker, .deposit-cluster, .deposit-unlocated')].map(
            (el) => {
              const r = el.getBoundingClientRect();
              const [cx, cy, rad] = [r.x + r.width / 2, r.y + r.height / 2, r.width / 2 - 2];
              return [
                [0, 0],
                [rad, 0],
                [-rad, 0],
                [0, rad],
                [0, -rad],
              ].map(([dx, dy]) => new DOMPoint(cx + dx!, cy + dy!));
            },
          );
          return ids.map((id) => {
            const path = document.querySelector<SVGPathElement>(`path.area-${id}`)!;
            const toPath = path.getScreenCTM()!.inverse();
            const on = discs.filter((points) => points.some((p) => path.isPointInFill(p.matrixTransform(toPath))));
            return { id, markers: on.length };
          });
        },
        areas.map((a) => a.id),
      );
      expect(marked).toHaveLength(6);
      for (const m of marked) expect(m.markers, m.id).toBeGreaterThan(0);
      await expect(page.locator('.legend')).toContainText('Deposits in the area, location not published');
      const unlocated = page.locator('.deposit-unlocated');
      await expect(unlocated).toHaveAttribute('aria-label', /^Tuva.*2 deposits, location not published/);
      await unlocated.click();
      await expect(page).toHaveURL(/area=tuva/);
      await expect(page.locator('.unlocated-note')).toContainText('Location not published for any of its deposits (2)');
    });
  });
}
