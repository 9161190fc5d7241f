/**
 * Writes the prerendered pages from the static renderer (src/entry-static.tsx, built with
 * `vite build --ssr` into dist-ssr/):
 *
 * - dist/index.html: the app's first view inside #root (marked data-prerendered), which the app
 *   hydrates; readers without JavaScript are sent on to the text version.
 * - dist/text.html: the text version, every area, statement, source and deposit, with no script.
 *
 * The head's title and description, and the notes for readers without JavaScript, come from the
 * language's catalog.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SSR_DIR = 'dist-ssr';
const { render, ENGLISH } = await import(pathToFileURL(`${SSR_DIR}/entry-static.js`).href);
const template = readFileSync('dist/index.html', 'utf8');

/** Replaces `from` with `to`, which must occur exactly once; `to` is inserted literally. */
function replaceOnce(page, from, to) {
  const at = page.indexOf(from);
  if (at === -1 || page.indexOf(from, at + 1) !== -1) throw new Error(`prerender: expected one ${JSON.stringify(from)} in the page`);
  return page.slice(0, at) + to + page.slice(at + from.length);
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function head(page, { title, description }) {
  return page
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(/(<meta\s+name="description"\s+content=")[^"]*(")/, (_, a, b) => `${a}${escapeHtml(description)}${b}`);
}

const NOSCRIPT_STYLE = '<noscript><link rel="stylesheet" href="./noscript.css" /></noscript>';
const NOTE = /<noscript>\s*<p class="noscript-note">[\s\S]*?<\/p>\s*<\/noscript>/;

function pages({ app, text, head: h }) {
  let index = head(template, h);
  // Without JavaScript, go straight to the text version (a redirect without delay, as WCAG allows).
  index = replaceOnce(index, NOSCRIPT_STYLE, `${NOSCRIPT_STYLE}\n    <noscript><meta http-equiv="refresh" content="0; url=text.html" /></noscript>`);
  index = index.replace(NOTE, () => `<noscript><p class="noscript-note">${escapeHtml(h.noscript)} <a href="text.html">${escapeHtml(h.noscriptLink)}</a>.</p></noscript>`);
  index = replaceOnce(index, '<div id="root"></div>', `<div id="root" data-prerendered>${app}</div>`);

  let textPage = head(template, h)
    .replace(/\s*<script type="module"[^>]*><\/script>/g, '')
    .replace(/\s*<link rel="modulepreload"[^>]*>/g, '');
  textPage = replaceOnce(textPage, NOSCRIPT_STYLE, '<link rel="stylesheet" href="./noscript.css" />');
  textPage = textPage.replace(NOTE, () => `<p class="noscript-note">${escapeHtml(h.textNote)} <a href="./">${escapeHtml(h.textLink)}</a>.</p>`);
  textPage = replaceOnce(textPage, '<div id="root"></div>', `<div id="root">${text}</div>`);
  return { index, text: textPage };
}

const en = pages(render(ENGLISH));
writeFileSync('dist/index.html', en.index);
writeFileSync('dist/text.html', en.text);
rmSync(SSR_DIR, { recursive: true, force: true });
const kib = (s) => `${(Buffer.byteLength(s) / 1024).toFixed(1)} KiB`;
console.log(`prerendered dist/index.html (${kib(en.index)}) and dist/text.html (${kib(en.text)})`);
