/**
 * A tiny static file server for the benchmark: 127.0.0.1, a free port, gzip for text files, and
 * a real 404 for missing files (no single-page-app fallback, so /robots.txt is not served as HTML).
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.txt', '.svg']);

/** Maps a URL path to a file under root, or null when it would escape root. */
function fileFor(root, urlPath) {
  const path = decodeURIComponent(urlPath.split('?')[0]);
  const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
  return file === root || file.startsWith(root + sep) ? file : null;
}

/**
 * Serves a directory over HTTP until `close()` is called.
 * @param {string} dir the directory to serve
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} the base URL (ending in '/') and a closer
 */
export async function serveStatic(dir) {
  const root = resolve(dir);
  const gzipCache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const file = fileFor(root, req.url ?? '/');
      if (!file || !(await stat(file)).isFile()) throw new Error('not found');
      const ext = extname(file);
      let body = await readFile(file);
      const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' };
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        if (!gzipCache.has(file)) gzipCache.set(file, gzipSync(body, { level: 9 }));
        body = gzipCache.get(file);
        headers['Content-Encoding'] = 'gzip';
        headers.Vary = 'Accept-Encoding';
      }
      headers['Content-Length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  // Keep-alive sockets would hold close() open; the benchmark's clients all finish before it.
  server.keepAliveTimeout = 1000;
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', ok);
  });
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
