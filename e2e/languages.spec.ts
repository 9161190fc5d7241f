/**
 * The map in Ukrainian and Russian: the address chooses the language (`?lang=`), /uk/ and /ru/ are
 * pages of their own, the reader's browser language is the default, and switching keeps the place.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { depositCard } from '../src/i18n/messages/deposit-card';
import { ru } from '../src/i18n/messages/ru';
import { uk } from '../src/i18n/messages/uk';
import { areas, statements } from './data';
import { openMap, panelHeading, watch } from './driver';

const CATALOGS = { uk, ru } as const;
type Lang = keyof typeof CATALOGS;
/** The translations of the data, as the build checked them. */
const translated = (lang: Lang, kind: string, id: string, field: string): string =>
  JSON.parse(readFileSync(`data/i18n/${lang}.json`, 'utf8'))[kind][id][field][lang];

const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
async function axe(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG22_AA).analyze();
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

for (const lang of ['uk', 'ru'] as const) {
  const t = CATALOGS[lang];

  test.describe(`in ${lang}`, () => {
    test('the overview and an area are in the language, links keep it, and axe finds nothing', async ({ page }) => {
      test.setTimeout(60_000);
      const w = watch(page);
      await openMap(page, `?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('h1')).toHaveText(t.site.heading);
      await expect(panelHeading(page)).toHaveText(t.site.overviewTitle);
      await expect(page.locator('.lang-switch [aria-current="true"]')).toHaveAttribute('lang', lang);
      expect(await page.title()).toBe(t.page.title);
      expect(await axe(page)).toEqual([]);

      await page
        .getByRole('link', { name: translated(lang, 'areas', 'sakha', 'name') })
        .first()
        .click();
      await expect(page).toHaveURL(/area=sakha/);
      await expect(page).toHaveURL(new RegExp(`lang=${lang}`));
      await expect(panelHeading(page)).toHaveText(translated(lang, 'areas', 'sakha', 'name'));
      await expect(page.locator('.panel')).toContainText(t.count.statements(3));
      expect(await axe(page)).toEqual([]);
      expect(w.errors).toEqual([]);
    });

    test('a deposit is in the language, its English research notes marked as English, and axe finds nothing', async ({
      page,
    }) => {
      test.setTimeout(60_000);
      const w = watch(page);
      await openMap(page, `?lang=${lang}&area=sakha`);
      await page
        .getByRole('link', { name: translated(lang, 'deposits', 'tomtor', 'name') })
        .first()
        .click();
      await expect(page).toHaveURL(new RegExp(`deposit=tomtor&lang=${lang}`));
      await expect(panelHeading(page)).toHaveText(translated(lang, 'deposits', 'tomtor', 'name'));
      await expect(page.locator('.panel .facts')).toContainText(depositCard[lang].location);
      // The status line the card leads with is in the language; the research notes behind the
      // disclosures stay English, and the page says so.
      const status = page.locator('.panel .card-lead > span').first();
      await expect(status).toHaveText(translated(lang, 'deposits', 'tomtor', 'status.text'));
      await expect(status).not.toHaveAttribute('lang', 'en');
      await expect(page.locator('.panel .facts-notes [lang="en"]').first()).toBeAttached();
      expect(await axe(page)).toEqual([]);
      expect(w.errors).toEqual([]);
    });

    test('a statement keeps its wordings as the sources give them, beside the translated record', async ({ page }) => {
      await openMap(page, `?lang=${lang}&statement=putin-regions`);
      await expect(panelHeading(page)).toHaveText(translated(lang, 'statements', 'putin-regions', 'title'));
      const s = statements.find((x) => x.id === 'putin-regions')!;
      // The article's English and the Russian original, each marked with its own language.
      await expect(page.locator('.wording--article blockquote')).toHaveAttribute('lang', 'en');
      await expect(page.locator('.wording--article blockquote')).toContainText(s.article.text.slice(0, 40));
      const original = s.versions.find((v) => v.lang === 'ru')!;
      await expect(page.locator('.wording--source blockquote[lang="ru"]')).toContainText(original.text.slice(0, 40));
      await expect(page.locator('.difference')).toContainText(
        translated(lang, 'statements', 'putin-regions', 'difference').slice(0, 40),
      );
      expect(await axe(page)).toEqual([]);
    });

    test('a statement leads with the Russian original exactly as printed, the English beside it', async ({ page }) => {
      const s = statements.find((x) => x.id === 'putin-regions')!;
      const original = s.versions.find((v) => v.lang === 'ru')!;
      const english = s.versions.find((v) => v.lang === 'en')!;
      await openMap(page, `?lang=${lang}&statement=putin-regions`);
      const lead = page.locator('.panel .key-quote').first().locator('blockquote');
      await expect(lead).toHaveAttribute('lang', 'ru');
      expect(await lead.textContent()).toBe(original.text);
      const beside = page.locator('.panel .key-quote--beside blockquote');
      await expect(beside).toHaveAttribute('lang', 'en');
      expect(await beside.textContent()).toBe(english.text);
      // Every caption names its wording's language once, in its label: none adds "(англійською)".
      await page.locator('#statement-putin-regions-wordings summary').click();
      await expect(page.locator('.wording--source')).toHaveCount(s.versions.length);
      for (const caption of await page.locator('.panel figcaption').allTextContents())
        expect(caption).not.toMatch(/\((англійською|російською|на английском|на русском)\)/);

      // The overview's list leads with the same original.
      await page.getByRole('link', { name: t.crumbs.overview }).click();
      const brief = page.locator('.statement--brief[aria-labelledby="statement-putin-regions-title"] blockquote');
      await expect(brief).toHaveAttribute('lang', 'ru');
      expect(await brief.textContent()).toBe(original.text);
    });

    test('the map names every place in the language: the CLDR’s names, then the official ones', async ({ page }) => {
      const cldr = JSON.parse(readFileSync('data/context-names.json', 'utf8'))[lang];
      const local = JSON.parse(readFileSync('data/context-names-local.json', 'utf8'))[lang];
      await openMap(page, `?lang=${lang}`);
      await expect(page.locator('.context-label', { hasText: cldr.Moscow })).toBeVisible();
      await expect(page.locator('.context-label', { hasText: cldr.Moscow })).not.toHaveAttribute('lang', /./);
      await expect(page.locator('.context-label', { hasText: cldr.Kazakhstan })).toBeVisible();
      // Not in the CLDR: the town's official name, in the language, not English.
      await expect(page.locator('.context-label', { hasText: local['Saint Petersburg'] })).toBeVisible();
      await expect(page.locator('.context-label', { hasText: local['Saint Petersburg'] })).not.toHaveAttribute(
        'lang',
        /./,
      );
      await expect(page.locator('.context-label[lang="en"]')).toHaveCount(0);
      await expect(page.locator('.context-label', { hasText: 'Moscow' })).toHaveCount(0);
    });

    test('the embed is in the language', async ({ page }) => {
      await page.goto(`/?embed&lang=${lang}`);
      await expect(page.locator('.leaflet-overlay-pane path.area')).toHaveCount(6);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('.embed-title .label-long')).toHaveText(t.site.embedTitle);
      // A narrow frame shows the short title, whole.
      await page.setViewportSize({ width: 390, height: 600 });
      const short = page.locator('.embed-title .label-short');
      await expect(short).toHaveText(t.site.embedTitleShort);
      expect(await short.evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth)).toBe(true);
      await expect(page.locator('.open-full')).toHaveAttribute('href', new RegExp(`lang=${lang}`));
      expect(await axe(page)).toEqual([]);
    });

    test('on a phone the header’s buttons stay whole on the screen', async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await openMap(page, `${lang}/`);
      const buttons = page.locator('.masthead-actions > *');
      await expect(buttons).toHaveCount(4);
      for (const box of await buttons.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON())))
        expect(box.right, JSON.stringify(box)).toBeLessThanOrEqual(390);
    });

    test(`/${lang}/ is a page of its own, prerendered in the language and hydrated`, async ({ page }) => {
      const w = watch(page);
      const response = await page.request.get(`/${lang}/`);
      const html = await response.text();
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).toContain(`<h1>${t.site.heading}</h1>`);
      // Search engines take only absolute hreflang links: written where the published address is configured.
      const SITE = JSON.parse(readFileSync('site.config.json', 'utf8')) as { url: string | null };
      for (const l of ['en', 'uk', 'ru', 'x-default'])
        if (SITE.url) expect(html).toContain(`<link rel="alternate" hreflang="${l}" href="${SITE.url}`);
        else expect(html).not.toContain(`<link rel="alternate" hreflang="${l}"`);
      await openMap(page, `${lang}/`);
      await expect(page.locator('h1')).toHaveText(t.site.heading);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // A download link from the language's folder reaches the shared file.
      const href = await page.locator('.downloads a').first().getAttribute('href');
      expect((await page.request.get(new URL(href!, page.url()).toString())).ok()).toBe(true);
      expect(w.errors).toEqual([]);
    });
  });

  test.describe(`without JavaScript, in ${lang}`, () => {
    test.use({ javaScriptEnabled: false });

    test('the text version carries every statement and every area, in the language, quotes as given', async ({
      page,
    }) => {
      await page.goto(`/${lang}/`);
      await page.waitForURL(new RegExp(`/${lang}/text\\.html$`));
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const text = (await page.locator('body').textContent())!.replace(/\s+/g, ' ');
      for (const s of statements) {
        expect(text).toContain(translated(lang, 'statements', s.id, 'title'));
        expect(text).toContain(s.article.text.replace(/\s+/g, ' '));
        for (const v of s.versions) expect(text).toContain(v.text);
      }
      for (const a of areas)
        await expect(page.locator(`#area-${a.id} h2`)).toHaveText(translated(lang, 'areas', a.id, 'name'));
    });
  });
}

test.describe('with a Russian browser', () => {
  test.use({ locale: 'ru-RU' });

  test('the map starts in Russian where the address names no language, and in English where it asks', async ({
    page,
  }) => {
    await openMap(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.locator('h1')).toHaveText(ru.site.heading);
    expect(page.url()).not.toContain('lang=');
    await openMap(page, '?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('switching the language keeps the selection and the map where they are', async ({ page }) => {
  const w = watch(page);
  await openMap(page, '?area=tuva');
  // Where the area is drawn from the map's centre, and how large (the map's centre and zoom): the
  // header's height may change with the language, and the map keeps its centre when it resizes.
  const box = async () => {
    const [area, map] = await Promise.all([
      page.locator('path.area-tuva').boundingBox(),
      page.locator('.map').boundingBox(),
    ]);
    const dx = area!.x + area!.width / 2 - (map!.x + map!.width / 2);
    const dy = area!.y + area!.height / 2 - (map!.y + map!.height / 2);
    const r = (n: number) => Math.round(n) + 0; // + 0: no minus zero
    return { dx: r(dx), dy: r(dy), width: r(area!.width), height: r(area!.height) };
  };
  // Wait until the view holds still: two readings in a row alike (the expected value used to be read
  // once, before the poll, so a view still moving then could never match).
  let last = '';
  await expect
    .poll(
      async () => {
        const now = JSON.stringify(await box());
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [300] },
    )
    .toBe(true);
  const before = await box();
  await page.locator('.lang-switch a[lang="uk"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(panelHeading(page)).toHaveText(translated('uk', 'areas', 'tuva', 'name'));
  await expect(page).toHaveURL(/\?area=tuva&lang=uk$/);
  const near = async () => {
    const now = await box();
    // Within a pixel: sub-pixel rounding, not a move.
    for (const k of ['dx', 'dy', 'width', 'height'] as const)
      expect(Math.abs(now[k] - before[k]), k).toBeLessThanOrEqual(1);
  };
  await near();
  await page.locator('.lang-switch a[lang="en"]').click();
  await expect(panelHeading(page)).toHaveText(areas.find((a) => a.id === 'tuva')!.properties.name);
  await near();
  expect(w.errors).toEqual([]);
});

test('in English a statement leads with the source’s English, the Russian original beside it', async ({ page }) => {
  const s = statements.find((x) => x.id === 'putin-regions')!;
  await openMap(page, '?lang=en&statement=putin-regions');
  const lead = page.locator('.panel .key-quote').first().locator('blockquote');
  await expect(lead).toHaveAttribute('lang', 'en');
  expect(await lead.textContent()).toBe(s.versions.find((v) => v.lang === 'en')!.text);
  const beside = page.locator('.panel .key-quote--beside blockquote');
  await expect(beside).toHaveAttribute('lang', 'ru');
  expect(await beside.textContent()).toBe(s.versions.find((v) => v.lang === 'ru')!.text);
  // Stefanishyna wrote in English: her post leads alone.
  await openMap(page, '?lang=uk&statement=stefanishyna-post');
  await expect(page.locator('.panel .key-quote blockquote')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.panel .key-quote--beside')).toHaveCount(0);
});
