/**
 * The HTTP proxy every request of the Firefox and WebKit runs goes through (their drivers cannot
 * watch the network as Playwright does). It
 *
 * - forwards requests for this machine (all to 127.0.0.1), and records and refuses every other one, so a
 *   request that would leave the machine is seen whatever made it;
 * - adds a watcher script to each local HTML page, in every frame, which reports uncaught errors,
 *   rejected promises and console.error back here, so errors are seen even from a page being left;
 * - can hold or fail the responses whose path matches a pattern, to test leaving a page while its
 *   lazily loaded parts are still arriving, and a part that really fails to load.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Served by the proxy on every local origin, so the page's Content Security Policy ('self') allows it. */
const WATCH_PATH = '/__engines/watch.js';
const REPORT_PATH = '/__engines/report';

const WATCH_JS = `(function () {
  function send(kind, text) {
    var body = JSON.stringify({ kind: kind, text: String(text), page: location.href });
    try { navigator.sendBeacon(${JSON.stringify(REPORT_PATH)}, body); } catch (e) {}
  }
  // Uncaught errors only: a resource that fails shows in what the steps check (the map drawn).
  addEventListener('error', function (e) {
    if (e instanceof ErrorEvent) send('error', e.message + (e.error && e.error.stack ? ' ' + e.error.stack : ''));
  }, true);
  addEventListener('securitypolicyviolation', function (e) {
    send('csp', e.violatedDirective + ' refused ' + e.blockedURI);
  }, true);
  addEventListener('unhandledrejection', function (e) {
    send('unhandledrejection', e.reason && e.reason.stack ? e.reason.stack : e.reason);
  });
  var original = console.error;
  console.error = function () {
    send('console.error', Array.prototype.map.call(arguments, String).join(' '));
    return original.apply(console, arguments);
  };
})();`;

export type PageError = { kind: string; text: string; page: string };

/** This machine: 127.0.0.1, localhost and its subdomains (RFC 6761), which the tests use as fresh origins. */
export function isLocal(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname.endsWith('.localhost');
}

function readBody(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

export type Proxy = Awaited<ReturnType<typeof startProxy>>;

export async function startProxy() {
  const external: string[] = [];
  const errors: PageError[] = [];
  let hold: RegExp | null = null;
  let fail: RegExp | null = null;
  const held: (() => void)[] = [];

  async function forward(req: IncomingMessage, res: ServerResponse, url: URL) {
    const headers: Record<string, string | string[] | undefined> = { ...req.headers, host: url.host };
    // Plain bodies, so the watcher can be added to HTML.
    delete headers['accept-encoding'];
    delete headers['proxy-connection'];
    const upstream = request(
      { host: '127.0.0.1', port: url.port || 80, method: req.method, path: url.pathname + url.search, headers },
      async (answer) => {
        const type = String(answer.headers['content-type'] ?? '');
        // Nothing cached: every page load asks again, so holding and failing responses always apply.
        answer.headers['cache-control'] = 'no-store';
        delete answer.headers.etag;
        delete answer.headers['last-modified'];
        if (!type.startsWith('text/html')) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const html = (await readBody(answer)).toString('utf8');
        const tag = `<script src="${WATCH_PATH}"></script>`;
        const withWatch = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (h) => h + tag) : tag + html;
        const out = { ...answer.headers };
        delete out['content-length'];
        res.writeHead(answer.statusCode ?? 502, out);
        res.end(withWatch);
      },
    );
    upstream.on('error', (e) => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(String(e));
    });
    req.pipe(upstream);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    let url: URL;
    try {
      url = new URL(req.url ?? '');
    } catch {
      res.writeHead(400);
      return res.end('absolute URLs only: this is a proxy');
    }
    if (!isLocal(url.hostname)) {
      external.push(url.href);
      res.writeHead(502, { 'content-type': 'text/plain' });
      return res.end('refused: the tests allow no request off this machine');
    }
    if (url.pathname === WATCH_PATH) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' });
      return res.end(WATCH_JS);
    }
    if (url.pathname === REPORT_PATH) {
      errors.push(JSON.parse((await readBody(req)).toString('utf8')) as PageError);
      res.writeHead(204, { 'access-control-allow-origin': '*' });
      return res.end();
    }
    if (fail?.test(url.pathname)) {
      res.writeHead(503, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      return res.end('failed on purpose by the test');
    }
    if (hold?.test(url.pathname)) await new Promise<void>((release) => held.push(release));
    return forward(req, res, url);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) res.writeHead(500);
      res.end(String(e));
    });
  });
  // HTTPS goes through CONNECT: nothing local uses it, so any tunnel would leave the machine.
  server.on('connect', (req: IncomingMessage, socket) => {
    external.push(`https://${req.url ?? ''}`);
    socket.end('HTTP/1.1 502 Refused\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    /** Every request for another host than this machine, in order. */
    external,
    /** Every error the pages reported, in order. */
    errors,
    /** Holds back the responses whose path matches until `release()`; null stops holding. */
    hold(pattern: RegExp | null) {
      hold = pattern;
    },
    /** How many responses are being held back. */
    heldCount: () => held.length,
    release() {
      hold = null;
      for (const r of held.splice(0)) r();
    },
    /** Answers 503 to the paths that match; null stops failing them. */
    fail(pattern: RegExp | null) {
      fail = pattern;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
