import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFileSync as read } from 'node:fs';
import { areas, deposits, statements } from './data';
import { openMap, panelHeading, watch } from './driver';

const SITE = JSON.parse(readFileSync(new URL('../site.config.json', import.meta.url), 'utf8')) as {
  publisher: string;
  release: { version: string; date: string };
};

const SCREENS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

/** Brings the panel's heading to the top of the screen, as a reader arriving at the panel sees it. */
async function showPanel(page: Page) {
  await panelHeading(page).evaluate((h) => h.scrollIntoView({ block: 'start' }));
}

/** Whether the panel's Cite button lies wholly within the screen's first height below the panel's heading. */
async function citeOnFirstScreen(page: Page) {
  await showPanel(page);
  const cite = page.locator('.panel .card-actions .cite-button').first();
  await expect(cite).toBeVisible();
  const box = (await cite.boundingBox())!;
  const heading = (await panelHeading(page).boundingBox())!;
  return box.y + box.height - heading.y <= page.viewportSize()!.height;
}

for (const screen of SCREENS) {
  test.describe(`at ${screen.width}×${screen.height}`, () => {
    test.use({ viewport: screen });

    test('each statement and deposit shows Cite within its first screen', async ({ page }) => {
      test.setTimeout(90_000);
      for (const s of statements) {
        await page.goto(`/?statement=${s.id}`);
        await expect(panelHeading(page)).toHaveText(s.title);
        expect(await citeOnFirstScreen(page), s.id).toBe(true);
      }
      for (const d of deposits) {
        await page.goto(`/?deposit=${d.id}`);
        await expect(panelHeading(page)).toHaveText(d.name);
        expect(await citeOnFirstScreen(page), d.id).toBe(true);
      }
    });
  });
}

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('each area fits in two screens before anything is opened', async ({ page }) => {
    test.setTimeout(90_000);
    const TWO_SCREENS = 2 * 800;
    for (const area of areas) {
      await page.goto(`/?area=${area.id}`);
      await expect(panelHeading(page)).toHaveText(area.properties.name);
      // The events and the deposits' sources arrive after the panel: measure once they are in.
      await page.waitForLoadState('networkidle');
      await expect(page.locator('.panel details[open]')).toHaveCount(0);
      const height = await page.locator('.panel .card').evaluate((card) => {
        const heading = document.getElementById('panel-title')!;
        return card.getBoundingClientRect().bottom - heading.getBoundingClientRect().top;
      });
      expect(height, `${area.id}: ${Math.round(height)} px from its heading to its end`).toBeLessThanOrEqual(
        TWO_SCREENS,
      );
    }
  });
});

test('a citation is dated by the release, and the access date only says when it was read', async ({ page }) => {
  // A reader years after the release: the work's date must still be the release's.
  await page.clock.setFixedTime(new Date('2031-03-05T12:00:00Z'));
  await openMap(page, '?deposit=tomtor');
  await page.locator('.panel .cite-button').click();
  await expect(page.locator('.panel .citation-text')).toHaveCount(3);
  const texts = await page.locator('.panel .citation-text').allTextContents();
  const [year, month, day] = SITE.release.date.split('-').map(Number) as [number, number, number];
  const monthName = new Date(Date.UTC(year, month - 1, day)).toLocaleString('en-US', {
    month: 'long',
    timeZone: 'UTC',
  });
  const [apa, mla, chicago] = texts as [string, string, string];
  expect(apa).toContain(`(${year}, ${monthName} ${day}).`);
  expect(apa).toContain('Retrieved March 5, 2031');
  expect(mla).toContain(`, ${day} `);
  expect(mla).toContain('Accessed 5 Mar. 2031.');
  expect(chicago).toContain(`${SITE.publisher}, ${monthName} ${day}, ${year}.`);
  expect(chicago).toContain('Accessed March 5, 2031.');
  for (const t of texts) {
    expect(t).toContain(SITE.publisher);
    expect(t).toContain(SITE.release.version);
    expect(t.split('2031').length - 1, t).toBe(1); // the access year appears once, as the access date only
  }
});

test('a statement can be cited itself: speaker, date, venue and original source', async ({ page }) => {
  const s = statements.find((x) => x.id === 'putin-regions')!;
  await openMap(page, `?statement=${s.id}`);
  await page.locator('.panel .cite-button').click();
  const own = page.locator('.panel .citation-group').first();
  await expect(own).toContainText('Cite the statement itself');
  await expect(own.locator('.citation-text')).toHaveCount(3);
  const texts = await own.locator('.citation-text').allTextContents();
  expect(texts).toHaveLength(3);
  expect(texts[0]).toMatch(/^Putin, V\. \(2025, February 24\)\. \[/);
  for (const t of texts) expect(t).toContain(s.venue);
});

test("a key quote's caption names its publisher once", async ({ page }) => {
  for (const s of statements) {
    await openMap(page, `?statement=${s.id}`);
    const captions = page.locator('.panel .key-quote figcaption');
    await expect(captions.first()).toBeVisible();
    for (const text of await captions.allTextContents()) expect(text, s.id).not.toMatch(/(?:^|\s)(\S+): \1:/);
  }
});

test('a link to something inside a closed disclosure opens it', async ({ page }) => {
  const s = statements.find((x) => x.id === 'putin-regions')!;
  await openMap(page, `?statement=${s.id}#statement-${s.id}-wordings`);
  const wordings = page.locator(`#statement-${s.id}-wordings`);
  await expect(wordings).toHaveAttribute('open', '');
  await expect(wordings.locator('blockquote').first()).toBeVisible();
  // A deposit's record loads after the panel: its disclosure opens once it is there.
  await page.goto('/?deposit=tomtor#deposit-tomtor-location');
  await expect(page.locator('#deposit-tomtor-location')).toHaveAttribute('open', '');
  await expect(page.locator('#deposit-tomtor-location .note')).toBeVisible();
  // A new fragment on the same page, as a link inside the page would set it, opens its disclosure too.
  const location = page.locator('#deposit-tomtor-location');
  await location.evaluate((e: HTMLDetailsElement) => (e.open = false));
  await page.evaluate(() => (window.location.hash = ''));
  await page.evaluate(() => (window.location.hash = 'deposit-tomtor-location'));
  await expect(location).toHaveAttribute('open', '');
  // A fragment that is not valid percent-encoding is ignored, not an error.
  const w = watch(page);
  await page.evaluate(() => (window.location.hash = '%E0%A4%A'));
  await location.evaluate((e: HTMLDetailsElement) => (e.open = false));
  await page.evaluate(() => (window.location.hash = 'deposit-tomtor-location'));
  await expect(location).toHaveAttribute('open', '');
  expect(w.errors).toEqual([]);
});

test('the overview tells the story and keeps the critique of the article one click away, complete', async ({
  page,
}) => {
  await openMap(page);
  const about = page.locator('.panel #about');
  await expect(about).not.toHaveAttribute('open', '');
  await page.locator('.panel a[href="#about"]').click();
  await expect(about).toHaveAttribute('open', '');
  await expect(about.locator('.slips li').first()).toBeVisible();
  const { article } = await import('./data');
  await expect(about.locator('.slips li')).toHaveText(article.slips);
  // The statements come in the order they were made.
  const dates = await page
    .locator('.panel .statement--brief time')
    .evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')!));
  expect(dates).toEqual([...dates].sort());
  expect(dates).toHaveLength(statements.length);
});

test.describe('the text view at 390 px', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('its tables do not overflow and no column header is clipped', async ({ page }) => {
    await openMap(page, '?show=list');
    const tables = page.locator('.panel table');
    await expect(tables).toHaveCount(2);
    for (const t of await tables.all()) {
      const fits = await t.evaluate((el) => {
        const wrap = el.parentElement!;
        return (
          el.scrollWidth <= wrap.clientWidth + 1 &&
          el.getBoundingClientRect().right <= document.documentElement.clientWidth
        );
      });
      expect(fits).toBe(true);
    }
    const pageFits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(pageFits).toBe(true);
    // Each stacked cell names its column.
    const label = await page
      .locator('.panel tbody td[data-label]')
      .first()
      .evaluate((td) => getComputedStyle(td, '::before').content);
    expect(label).toContain(':');
  });
});

type Event = {
  id: string;
  date: string;
  title: string;
  areaIds: string[];
  depositIds: string[];
  sources: { url: string }[];
};
const TIMELINE = JSON.parse(read(new URL('../data/timeline.json', import.meta.url), 'utf8')) as Event[];

test('the timeline renders each event with its date and source, reachable from the overview', async ({ page }) => {
  await openMap(page);
  await page.locator('.panel .timeline-link a').click();
  await expect(page).toHaveURL(/\?show=timeline$/);
  const items = page.locator('.panel .timeline-event');
  await expect(items).toHaveCount(TIMELINE.length);
  for (const [i, e] of TIMELINE.entries()) {
    const item = items.nth(i);
    await expect(item.locator('time').first()).toHaveAttribute('datetime', e.date);
    await expect(item.locator('.timeline-title')).toHaveText(e.title);
    const hrefs = await item.locator('.sources a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const src of e.sources) expect(hrefs).toContain(src.url);
  }
});

test('selecting an event shows its places on the map, and its link restores it', async ({ page }) => {
  const e = TIMELINE.find((x) => x.areaIds.length > 0 && x.depositIds.length > 0)!;
  await openMap(page, '?show=timeline');
  await page.locator(`#event-${e.id} .show-on-map`).click();
  await expect(page).toHaveURL(new RegExp(`\\?show=timeline&event=${e.id}$`));
  await expect(page.locator(`#event-${e.id}`)).toHaveAttribute('aria-current', 'true');
  for (const id of e.areaIds) await expect(page.locator(`path.area-${id}`)).toHaveClass(/area--on/);
  await page.reload();
  await expect(page.locator(`#event-${e.id}`)).toHaveAttribute('aria-current', 'true');
  await expect(page.locator(`#event-${e.id}`)).toBeInViewport();
});

test('the panel of a place lists the events that concern it', async ({ page }) => {
  const e = TIMELINE.find((x) => x.depositIds.length > 0)!;
  const deposit = e.depositIds[0]!;
  await openMap(page, `?deposit=${deposit}`);
  const link = page.locator('.panel .event-links a', { hasText: e.title });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`event=${e.id}`));
});

test('the sources index ranks originals before copies, labels each copy and links each source to its archive', async ({
  page,
}) => {
  await openMap(page, '?show=sources');
  await expect(panelHeading(page)).toHaveText('Sources');
  const lists = page.locator('.panel .source-index');
  await expect(lists.first()).toBeVisible();
  expect(await lists.count()).toBeGreaterThan(1);
  const RANK = { original: 0, wire: 1, copy: 2 } as Record<string, number>;
  for (const list of await lists.all()) {
    const items = await list.locator(':scope > li').evaluateAll((lis) =>
      lis.map((li) => {
        const [link, ...rest] = [...li.querySelectorAll('a')];
        return {
          origin: li.getAttribute('data-origin') ?? '',
          url: link!.href,
          archive: rest.map((a) => a.href),
          copyLabel: li.querySelector('.source-copy')?.textContent ?? null,
        };
      }),
    );
    const ranks = items.map((i) => RANK[i.origin]);
    expect(ranks, 'no copy before an original or a wire page of the same group').toEqual(
      [...ranks].sort((a, b) => a! - b!),
    );
    for (const i of items) {
      expect(i.archive, i.url).toContain(`https://web.archive.org/web/${i.url}`);
      if (i.origin === 'copy') expect(i.copyLabel, i.url).toMatch(/copy of /);
      else expect(i.copyLabel, i.url).toBeNull();
    }
  }
  await expect(page.locator('.panel .sources-unconfirmed')).toContainText('could not be confirmed as originals');
});
