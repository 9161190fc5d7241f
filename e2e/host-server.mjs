/**
 * A news site for the embed tests, on another origin than the app (each on a free port: see e2e/ports.ts).
 * It pastes what the tests give it into its pages as raw HTML, like a CMS would,
 * so it listens on 127.0.0.1 only and is for tests alone.
 *
 *   GET /health                      'ok', for Playwright's webServer
 *   GET /article?code=<snippet>[&wide]
 *                                    a long article with the snippet between its paragraphs, in the text
 *                                    column (40em) or, with `wide`, across the page (1248 px at most)
 *   GET /article-sandboxed?src=<url>[&width=&height=][&wide]
 *                                    the same article around <iframe sandbox="allow-scripts allow-popups"
 *                                    data-rare-earth-map src=<url>> and the app's embed.js
 *   GET /blank                       an empty page, for tests that build their own frames
 *   GET /frame                       a page to put inside those frames
 *   GET /embed.js                    public/embed.js as it is in the source tree, for testing the script
 *                                    before a build has copied it into the app
 *
 * Every page records into window.__events what reaches it: each 'message' event as
 * { kind: 'message', origin, data } and each 'rare-earth-map:select' CustomEvent as
 * { kind: 'select', detail, frame } where frame is the index of the iframe it was dispatched on.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';

const PORT = Number(process.env.HOST_PORT || 4174);
const EMBED_JS = new URL('../public/embed.js', import.meta.url);

const escape = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const RECORDER = `<script>
  window.__events = [];
  function copy(x) { try { return JSON.parse(JSON.stringify(x)); } catch (e) { return String(x); } }
  window.addEventListener('message', function (e) {
    window.__events.push({ kind: 'message', origin: e.origin, data: copy(e.data) });
  });
  document.addEventListener('rare-earth-map:select', function (e) {
    var frames = Array.prototype.slice.call(document.querySelectorAll('iframe'));
    window.__events.push({ kind: 'select', detail: copy(e.detail), frame: frames.indexOf(e.target) });
  }, true);
</script>`;

const LOREM = [
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.',
  'Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia deserunt mollit anim id est laborum.',
  'Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium doloremque laudantium, totam rem aperiam, eaque ipsa quae ab illo inventore veritatis et quasi architecto beatae vitae dicta sunt explicabo.',
  'Nemo enim ipsam voluptatem quia voluptas sit aspernatur aut odit aut fugit, sed quia consequuntur magni dolores eos qui ratione voluptatem sequi nesciunt. Neque porro quisquam est, qui dolorem ipsum quia dolor sit amet.',
];
const paragraphs = (n, from = 0) =>
  Array.from({ length: n }, (_, i) => `<p>${LOREM[(i + from) % LOREM.length]}</p>`).join('\n');

function page(title, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${escape(title)}</title>
<style>
  body { margin: 0; font: 18px/1.6 Georgia, serif; color: #222; background: #fff; }
  .site { padding: 12px 16px; border-bottom: 1px solid #ddd; font: 700 20px/1.2 system-ui, sans-serif; }
  main { max-width: 1248px; margin: 0 auto; padding: 0 16px 48px; }
  main > p, main > h1, .byline, figure { max-width: 40em; margin-left: auto; margin-right: auto; }
  figure { margin-top: 2em; margin-bottom: 2em; }
  figure.wide { max-width: none; }
  figure iframe { max-width: 100%; display: block; margin: 0 auto; }
  figcaption { font-size: 14px; color: #666; max-width: 40em; margin: 0.5em auto 0; }
  footer { padding: 24px 16px; border-top: 1px solid #ddd; font-size: 14px; color: #666; }
</style>
${RECORDER}
</head>
<body>
<header class="site">The Daily Test</header>
<main>
<h1>${escape(title)}</h1>
<p class="byline">By A. Reporter · 25 February 2025</p>
${body}
</main>
<footer>© The Daily Test. A page for the embed tests.</footer>
</body>
</html>`;
}

function article(figure, wide = false) {
  return page(
    'Putin offers the US rare earths, in Russia and in occupied Ukraine',
    `${paragraphs(8)}
<figure id="map-figure"${wide ? ' class="wide"' : ''}>
${figure}
<figcaption>The regions Putin named, and their deposits.</figcaption>
</figure>
${paragraphs(12, 2)}`,
  );
}

/** An absolute http(s) URL, or null. */
function httpUrl(value) {
  try {
    const url = new URL(value ?? '');
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

async function handle(req, res) {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${PORT}`);
  const send = (status, type, body) => {
    res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
    res.end(body);
  };
  switch (url.pathname) {
    case '/favicon.ico':
      res.writeHead(204);
      return res.end();
    case '/health':
      return send(200, 'text/plain', 'ok');
    case '/article':
      return send(200, 'text/html', article(url.searchParams.get('code') ?? '', url.searchParams.has('wide')));
    case '/article-sandboxed': {
      const src = httpUrl(url.searchParams.get('src'));
      if (!src) return send(400, 'text/plain', 'src must be an absolute http(s) URL');
      const width = Number(url.searchParams.get('width')) || 0;
      const height = Number(url.searchParams.get('height')) || 480;
      const size = width
        ? `width="${width}" height="${height}" style="border:0"`
        : `height="${height}" style="border:0;width:100%"`;
      const figure = `<iframe sandbox="allow-scripts allow-popups" data-rare-earth-map src="${escape(src.href)}" ${size} title="Map"></iframe>
<script async src="${escape(new URL('embed.js', src).href)}"></script>`;
      return send(200, 'text/html', article(figure, url.searchParams.has('wide')));
    }
    case '/blank':
      return send(
        200,
        'text/html',
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Blank</title>${RECORDER}</head><body></body></html>`,
      );
    case '/frame':
      return send(
        200,
        'text/html',
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frame</title></head><body>frame</body></html>',
      );
    case '/embed.js':
      return send(200, 'text/javascript', await readFile(EMBED_JS, 'utf8'));
    default:
      return send(404, 'text/plain', 'not found');
  }
}

createServer((req, res) => {
  handle(req, res).catch((e) => {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(e));
  });
}).listen(PORT, '127.0.0.1', () => console.log(`host pages on http://127.0.0.1:${PORT}`));
