/** Firefox (ESR) driven by puppeteer-core over WebDriver BiDi: no geckodriver needed. */
import puppeteer from 'puppeteer-core';
import type { EngineDriver, EngineLaunch } from './driver';
import { isLocal } from './proxy';

export async function launchFirefox(
  executablePath: string,
  { proxyPort, width, height }: EngineLaunch,
): Promise<EngineDriver> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // The first start of a fresh profile is slow on a busy 2-core machine (16–43 s seen).
    timeout: 180_000,
    protocolTimeout: 180_000,
    extraPrefsFirefox: {
      // Everything, 127.0.0.1 included, through the test's proxy (see proxy.ts).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's own calls home (remote settings and the like) bypass the proxy, so they are not
      // counted as the page's; the page's requests to these domains are still seen below.
      'network.proxy.no_proxies_on': '.mozilla.com, .mozilla.net, .mozilla.org, .firefox.com',
    },
  });
  const page = await browser.newPage();
  page.setDefaultTimeout(90_000);
  page.setDefaultNavigationTimeout(90_000);
  await page.setViewport({ width, height });
  const errors: string[] = [];
  const external: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:', 'about:'].includes(url.protocol) && !isLocal(url.hostname)) external.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${String(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });

  return {
    name: 'Firefox',
    errors,
    external,
    async open(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async evaluate<T>(body: string, frame?: string) {
      const script = `(() => { ${body} })()`;
      if (!frame) return (await page.evaluate(script)) as T;
      const element = await page.$(frame);
      const content = await element?.contentFrame();
      if (!content) throw new Error(`no frame ${frame}`);
      return (await content.evaluate(script)) as T;
    },
    async click(x, y) {
      await page.mouse.click(x, y);
    },
    async close() {
      await browser.close();
    },
  };
}
