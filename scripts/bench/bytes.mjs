/**
 * First-visit bytes: which files a page fetches (recorded in the browser), and their raw, gzip
 * (zlib level 9) and brotli (quality 11) sizes computed from the files on disk.
 */
import { readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const KINDS = ['html', 'js', 'css', 'data', 'images', 'other'];

const IMAGE = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg', '.ico']);

/**
 * The kind a file counts as. Data: .json/.geojson files, and JS chunks that carry data, i.e. whose
 * name starts with `dataset` or that come from a generated module (`*.gen-<hash>.js`).
 * @param {string} name a file name or path
 * @returns {'html'|'js'|'css'|'data'|'images'|'other'}
 */
export function classify(name) {
  const ext = extname(name).toLowerCase();
  const base = basename(name);
  if (
    ext === '.json' ||
    ext === '.geojson' ||
    (ext === '.js' && (base.startsWith('dataset') || /\.gen-[\w-]+\.js$/.test(base)))
  )
    return 'data';
  if (ext === '.html') return 'html';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (IMAGE.has(ext)) return 'images';
  return 'other';
}

/**
 * Raw, gzip -9 and brotli q11 sizes of a file.
 * @param {string} file path on disk
 * @returns {{ raw: number, gzip: number, brotli: number }}
 */
export function fileSizes(file) {
  const body = readFileSync(file);
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}

/**
 * Starts recording the URL of every response the page receives (data: and blob: URLs excluded).
 * @param {import('playwright-core').Page} page
 * @returns {string[]} the live list of URLs, in order of arrival
 */
export function recordResponses(page) {
  const urls = [];
  page.on('response', (r) => {
    const url = r.url();
    if (/^https?:/.test(url) && !urls.includes(url)) urls.push(url);
  });
  return urls;
}

const zero = () => ({ files: 0, raw: 0, gzip: 0, brotli: 0 });

/**
 * Sizes every recorded URL that the server at baseUrl answered from rootDir, grouped by kind.
 * URLs of other origins are listed in `external`, same-origin URLs with no file in `missing`.
 * @param {string[]} urls recorded response URLs
 * @param {string} baseUrl the server's base URL (the directory rootDir is served at)
 * @param {string} rootDir the served directory
 * @returns {{ files: object[], byKind: Record<string, object>, total: object, external: string[], missing: string[] }}
 */
export function sizeResponses(urls, baseUrl, rootDir) {
  const base = new URL(baseUrl);
  const files = [];
  const external = [];
  const missing = [];
  for (const url of urls) {
    const u = new URL(url);
    if (u.origin !== base.origin) {
      external.push(url);
      continue;
    }
    const path = u.pathname.endsWith('/') ? `${u.pathname}index.html` : u.pathname;
    const rel = decodeURIComponent(path.slice(base.pathname.length));
    if (files.some((f) => f.path === rel) || missing.includes(rel)) continue;
    try {
      files.push({ path: rel, kind: classify(rel), ...fileSizes(join(rootDir, rel)) });
    } catch {
      // Not a file on disk (a 404): nothing to size, but listed.
      missing.push(rel);
    }
  }
  const byKind = Object.fromEntries(KINDS.map((k) => [k, zero()]));
  const total = zero();
  for (const f of files)
    for (const sum of [byKind[f.kind], total]) {
      sum.files += 1;
      sum.raw += f.raw;
      sum.gzip += f.gzip;
      sum.brotli += f.brotli;
    }
  return { files, byKind, total, external, missing };
}
