/**
 * Writes the prerendered pages, in every language, from the static renderer (src/entry-static.tsx,
 * built with `vite build --ssr` into dist-ssr/):
 *
 *   dist/index.html, dist/text.html            English (the root page)
 *   dist/uk/index.html, dist/uk/text.html      Ukrainian
 *   dist/ru/index.html, dist/ru/text.html      Russian
 *
 * index.html holds the app's first view inside #root (marked data-prerendered), which the app
 * hydrates; readers without JavaScript are sent on to text.html, the text version (every area,
 * statement, source and deposit, no script). Each page says its language (`<html lang>`), links to
 * the same page in the others (`hreflang`, where site.config.json gives the published address), and
 * takes its title, description and notes from the language's catalog. Pages in a folder reach the shared files (assets, downloads) through '../'.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { minify } from 'vite';
import { alternateLinks } from './alternates.mjs';

const SSR_DIR = 'dist-ssr';
const { render, loadLanguageWhole, LANGS, shareItems, sharePicture } = await import(
  pathToFileURL(`${SSR_DIR}/entry-static.js`).href
);
const template = readFileSync('dist/index.html', 'utf8');
const ROOT_LANG = 'en';
/** Where the map is published (site.config.json), or null where the deployer has not said. */
const SITE_URL = JSON.parse(readFileSync('site.config.json', 'utf8')).url ?? null;

/** Replaces `from` with `to`, which must occur exactly once; `to` is inserted literally. */
function replaceOnce(page, from, to) {
  const at = page.indexOf(from);
  if (at === -1 || page.indexOf(from, at + 1) !== -1)
    throw new Error(`prerender: expected one ${JSON.stringify(from)} in the page`);
  return page.slice(0, at) + to + page.slice(at + from.length);
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const folderOf = (lang) => (lang === ROOT_LANG ? '' : `${lang}/`);

/**
 * The page's language, title and description, and (where the published address is known) links to the
 * same page in every language.
 */
function head(page, lang, { title, description }, file) {
  const root = lang === ROOT_LANG ? '' : '../';
  const alternates = alternateLinks(SITE_URL, LANGS, ROOT_LANG, file);
  return replaceOnce(page, '<html lang="en">', `<html lang="${lang}">`)
    .replace(/<title>[^<]*<\/title>/, () => [`<title>${escapeHtml(title)}</title>`, ...alternates].join('\n    '))
    .replace(/(<meta\s+name="description"\s+content=")[^"]*(")/, (_, a, b) => `${a}${escapeHtml(description)}${b}`)
    .replace(/(href|src)="\.\/(assets\/|noscript\.css)/g, (_, attr, path) => `${attr}="${root || './'}${path}`);
}

const ENTRY = /<script type="module" crossorigin src="([^"]+)"><\/script>/;
const PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * The app's entry and the chunks it needs at once, handed to public/start.js, which loads them after
 * the page's first paint: the prerendered text is painted without waiting for them or sharing the
 * connection with them.
 */
function startAfterPaint(page, root) {
  const entry = page.match(ENTRY);
  if (!entry) throw new Error('prerender: no module entry in the page');
  const preloads = [...page.matchAll(PRELOAD)].map((m) => m[1]);
  const tag = `<script type="module" src="${root}start.js" data-entry="${entry[1]}" data-preload="${preloads.join(' ')}"></script>`;
  return replaceOnce(page.replace(PRELOAD, ''), entry[0], tag);
}

const STYLESHEET = /<link rel="stylesheet" crossorigin href="(?:\.\.?\/)(assets\/index-[^"]+\.css)">/;
/** The hashes of the stylesheets written into the pages, for the Content-Security-Policy. */
const inlineHashes = new Set();

/**
 * The app's stylesheet, written into the page: the first paint then waits for no second request
 * (on a phone's connection, about 150 ms sooner). Its image addresses are made relative to the
 * page, and its hash is added to the page's Content-Security-Policy, which allows no other inline
 * style. The text version and the lazily loaded parts' styles keep their files.
 */
function inlineStylesheet(page, root) {
  const link = page.match(STYLESHEET);
  if (!link) throw new Error('prerender: no stylesheet link in the page');
  // As the HTML parser will read it (line ends as LF), so that the hash matches.
  const css = readFileSync(`dist/${link[1]}`, 'utf8')
    .replace(/\r\n?/g, '\n')
    .replace(/url\(\.\//g, `url(${root}assets/`);
  if (/<\/style/i.test(css)) throw new Error('prerender: the stylesheet cannot be written into a <style>');
  const hash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
  inlineHashes.add(hash);
  return replaceOnce(
    replaceOnce(page, link[0], `<style>${css}</style>`),
    "style-src 'self'",
    `style-src 'self' ${hash}`,
  );
}

const NOSCRIPT_STYLE = /<noscript><link rel="stylesheet" href="[^"]*noscript\.css" \/><\/noscript>/;
const NOTE = /<noscript>\s*<p class="noscript-note">[\s\S]*?<\/p>\s*<\/noscript>/;

function pages(lang, { app, text, head: h }) {
  const rootAttrs = lang === ROOT_LANG ? 'data-prerendered' : 'data-prerendered data-lang-page data-root="../"';
  let index = head(template, lang, h, 'index.html');
  const style = index.match(NOSCRIPT_STYLE)[0];
  // Without JavaScript, go straight to the text version (a redirect without delay, as WCAG allows).
  index = index.replace(
    NOSCRIPT_STYLE,
    () => `${style}\n    <noscript><meta http-equiv="refresh" content="0; url=text.html" /></noscript>`,
  );
  // The note would only ever show where a browser ignores the redirect; the first visit carries the redirect alone.
  index = index.replace(NOTE, '');
  index = replaceOnce(index, '<div id="root"></div>', `<div id="root" ${rootAttrs}>${app}</div>`);
  // The language's own chunks (its catalog, and its translations of what the first view shows) load
  // with the app's, not after. English has no translations: the data is English.
  const own = readdirSync('dist/assets').filter((f) => f.startsWith(`${lang}-`) || f.startsWith(`${lang}.gen-`));
  const expected = lang === ROOT_LANG ? 1 : 2;
  if (own.length !== expected)
    throw new Error(`prerender: expected ${expected} chunk(s) for ${lang}, found ${own.join(', ')}`);
  const assets = lang === ROOT_LANG ? './assets' : '../assets';
  const preloads = own.map((f) => `<link rel="modulepreload" crossorigin href="${assets}/${f}">`).join('\n    ');
  index = replaceOnce(index, '</head>', `  ${preloads}\n  </head>`);
  index = startAfterPaint(index, lang === ROOT_LANG ? './' : '../');
  index = inlineStylesheet(index, lang === ROOT_LANG ? './' : '../');

  let textPage = head(template, lang, h, 'text.html')
    .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  textPage = textPage.replace(NOSCRIPT_STYLE, () => style.replace(/^<noscript>|<\/noscript>$/g, ''));
  textPage = textPage.replace(
    NOTE,
    () => `<p class="noscript-note">${escapeHtml(h.textNote)} <a href="./">${escapeHtml(h.textLink)}</a>.</p>`,
  );
  textPage = replaceOnce(textPage, '<div id="root"></div>', `<div id="root">${text}</div>`);
  return { index, text: textPage };
}

/** The previews' font, shipped with the build tools, so that every machine draws the same picture. */
const FONTS = dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'));
const RESVG = {
  font: {
    fontFiles: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => join(FONTS, 'ttf', f)),
    loadSystemFonts: false,
    defaultFontFamily: 'DejaVu Sans',
  },
};
const OG_LOCALE = { en: 'en_GB', uk: 'uk_UA', ru: 'ru_RU' };

/**
 * A share page: its own title, description and preview picture for link previews (Open Graph,
 * Twitter cards), then straight on to the app on its selection. Absolute addresses where
 * site.config.json gives the published address; relative ones otherwise.
 */
function sharePage(lang, item, heading) {
  const path = `${folderOf(lang)}share/${item.kind}/${item.id}/`;
  const page = SITE_URL ? `${SITE_URL}${path}` : './';
  const image = SITE_URL ? `${SITE_URL}${path}preview.png` : 'preview.png';
  const app = `../../../?${item.kind}=${encodeURIComponent(item.id)}`;
  const title = `${item.title} — ${heading}`;
  const meta = (attr, key, value) => `<meta ${attr}="${key}" content="${escapeHtml(value)}" />`;
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="referrer" content="no-referrer" />
    <title>${escapeHtml(title)}</title>
    ${meta('name', 'description', item.description)}
    <link rel="canonical" href="${escapeHtml(page)}" />
    ${meta('property', 'og:type', 'article')}
    ${meta('property', 'og:title', title)}
    ${meta('property', 'og:description', item.description)}
    ${meta('property', 'og:url', page)}
    ${meta('property', 'og:image', image)}
    ${meta('property', 'og:image:width', '1200')}
    ${meta('property', 'og:image:height', '630')}
    ${meta('property', 'og:image:alt', title)}
    ${meta('property', 'og:locale', OG_LOCALE[lang] ?? lang)}
    ${meta('name', 'twitter:card', 'summary_large_image')}
    <meta http-equiv="refresh" content="0; url=${escapeHtml(app)}" />
  </head>
  <body>
    <p><a href="${escapeHtml(app)}">${escapeHtml(title)}</a></p>
  </body>
</html>
`;
}

const kib = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(1)} KiB`;
for (const lang of LANGS) {
  // The text version prints every statement and event in full: it needs the language whole.
  const i18n = await loadLanguageWhole(lang);
  const out = pages(lang, render(i18n, lang === ROOT_LANG ? '' : '../'));
  const dir = `dist/${folderOf(lang)}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}index.html`, out.index);
  writeFileSync(`${dir}text.html`, out.text);
  console.log(`prerendered ${dir}index.html (${kib(out.index)}) and ${dir}text.html (${kib(out.text)})`);
  const items = shareItems(i18n);
  for (const item of items) {
    const folder = `${dir}share/${item.kind}/${item.id}/`;
    mkdirSync(folder, { recursive: true });
    writeFileSync(`${folder}index.html`, sharePage(lang, item, i18n.t.site.heading));
    writeFileSync(`${folder}preview.png`, new Resvg(sharePicture(i18n, item), RESVG).render().asPng());
  }
  console.log(`wrote ${items.length} share pages with previews under ${dir}share/`);
}
// A static host's Content-Security-Policy header (public/_headers) allows the same inline styles as the pages.
const headers = readFileSync('dist/_headers', 'utf8');
writeFileSync(
  'dist/_headers',
  replaceOnce(headers, "style-src 'self'", `style-src 'self' ${[...inlineHashes].join(' ')}`),
);
// public/start.js is copied as written, comments and all; every page loads it first.
const start = readFileSync('dist/start.js', 'utf8');
writeFileSync('dist/start.js', (await minify('start.js', start, { compress: true, mangle: true })).code);
console.log(`minified dist/start.js (${kib(start)} → ${kib(readFileSync('dist/start.js', 'utf8'))})`);
rmSync(SSR_DIR, { recursive: true, force: true });
