/**
 * Puts the static page (src/entry-static.tsx, built with `vite build --ssr` into dist-ssr/) inside
 * #root of dist/index.html, so the built page reads fully without JavaScript.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const SSR_DIR = 'dist-ssr';
const { render } = await import(pathToFileURL(`${SSR_DIR}/entry-static.js`).href);
const html = render();
const file = 'dist/index.html';
const page = readFileSync(file, 'utf8');
if (!page.includes('<div id="root"></div>')) throw new Error(`${file}: no empty #root to fill`);
// A function, so that `$&` or `$'` in the text are not read as replacement patterns.
writeFileSync(file, page.replace('<div id="root"></div>', () => `<div id="root">${html}</div>`));
rmSync(SSR_DIR, { recursive: true, force: true });
console.log(`prerendered ${(html.length / 1024).toFixed(1)} KiB of HTML into ${file}`);
