/**
 * The map embedded in a news article: the host page is served by e2e/host-server.mjs on another origin
 * than the app (each on a free port, e2e/ports.ts), as it would be on a real news site.
 */
import { expect, test, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { embedCode } from '../src/embed/code';
import { areas } from './data';
import { openMap, panelHeading, watch } from './driver';
import { APP, HOST, OTHER } from './ports';

type HostEvent =
  | { kind: 'message'; origin: string; data: { type?: string; [key: string]: unknown } | null }
  | { kind: 'select'; detail: { type?: string; selection?: unknown; url?: string }; frame: number };

declare global {
  interface Window {
    __events: HostEvent[];
    __rareEarthMapEmbed?: boolean;
  }
}

/** A host article with the code in its text column (720 px), or across the page (1248 px) where `wide`. */
const article = (code: string, wide = false) =>
  `${HOST}/article?code=${encodeURIComponent(code)}${wide ? '&wide' : ''}`;
const events = (page: Page) => page.evaluate(() => window.__events);

/** Opens a host page and waits until the map inside its (lazily loaded) frame has drawn its areas. */
async function openEmbed(page: Page, url: string): Promise<{ iframe: Locator; frame: FrameLocator }> {
  await page.goto(url);
  const iframe = page.locator('#map-figure iframe');
  await iframe.scrollIntoViewIfNeeded();
  const frame = iframe.contentFrame();
  await expect(frame.locator('.leaflet-overlay-pane path.area')).toHaveCount(6);
  return { iframe, frame };
}

/** The frame's height on the host page, and the height of the document inside it, in CSS pixels. */
const frameHeight = (iframe: Locator) => iframe.evaluate((e) => e.getBoundingClientRect().height);
const contentHeight = (frame: FrameLocator) => frame.locator('html').evaluate((e) => e.scrollHeight);
const heightGap = async (iframe: Locator, frame: FrameLocator) =>
  Math.abs((await frameHeight(iframe)) - (await contentHeight(frame)));

function expectClean(w: ReturnType<typeof watch>) {
  expect(w.external, 'requests that left 127.0.0.1').toEqual([]);
  expect(w.errors, 'console errors').toEqual([]);
}

test.describe('embed.js on a host page', () => {
  /** Adds iframes to the blank host page and waits for each to load; returns their Playwright frames. */
  async function addFrames(page: Page, frames: Record<string, string>[]): Promise<Frame[]> {
    await page.evaluate(
      (list) =>
        Promise.all(
          list.map(
            (attrs) =>
              new Promise<void>((resolve) => {
                const f = document.createElement('iframe');
                for (const [k, v] of Object.entries(attrs)) f.setAttribute(k, v);
                f.onload = () => resolve();
                document.body.append(f);
              }),
          ),
        ),
      frames,
    );
    const handles = await page.locator('iframe').elementHandles();
    return Promise.all(handles.map(async (h) => (await h.contentFrame())!));
  }

  /** Posts the messages from inside `frame`, then waits until the host page has received them all. */
  async function post(page: Page, frame: Frame, ...messages: unknown[]) {
    const marker = `flush-${Math.random()}`;
    await frame.evaluate(
      ([list, m]) => {
        for (const message of list as unknown[]) parent.postMessage(message, '*');
        parent.postMessage({ type: m }, '*');
      },
      [messages, marker] as const,
    );
    await expect
      .poll(async () => (await events(page)).some((e) => e.kind === 'message' && e.data?.type === marker))
      .toBe(true);
  }

  const styleHeight = (page: Page, i: number) =>
    page
      .locator('iframe')
      .nth(i)
      .evaluate((e) => e.style.height);
  const height = (h: unknown) => ({ type: 'rare-earth-map:height', height: h });

  test.beforeEach(async ({ page }) => {
    await page.goto(`${HOST}/blank`);
  });

  test('sizes only its own frames, from their own origin, within 100..10000 px', async ({ page }) => {
    const w = watch(page);
    const [own, unmarked, moved] = await addFrames(page, [
      { 'data-rare-earth-map': '', src: `${OTHER}/frame?own` },
      { src: `${OTHER}/frame?unmarked` },
      { 'data-rare-earth-map': '', src: `${OTHER}/frame?moved` },
    ]);
    // Included twice, as when two embeds in one article each bring their script.
    await page.addScriptTag({ url: `${HOST}/embed.js` });
    await page.addScriptTag({ url: `${HOST}/embed.js` });
    expect(await page.evaluate(() => window.__rareEarthMapEmbed)).toBe(true);

    await post(page, own!, height(345.2));
    expect(await styleHeight(page, 0)).toBe('346px');
    await post(page, own!, height(12));
    expect(await styleHeight(page, 0)).toBe('100px');
    await post(page, own!, height(1e7));
    expect(await styleHeight(page, 0)).toBe('10000px');
    await post(page, own!, height(-5), height(0), height(Number.NaN), height(Infinity), height('500'), height(null));
    await post(page, own!, { type: 'rare-earth-map:hight', height: 300 }, 'rare-earth-map:height', null, [1, 2]);
    expect(await styleHeight(page, 0)).toBe('10000px');
    await post(page, own!, height(420));
    expect(await styleHeight(page, 0)).toBe('420px');

    // An iframe without data-rare-earth-map is not ours to size.
    await post(page, unmarked!, height(300));
    expect(await styleHeight(page, 1)).toBe('');

    // A frame that has navigated away from its src's origin is not trusted any more.
    await page.evaluate(
      (url) => document.querySelectorAll('iframe')[2]!.contentWindow!.location.replace(url),
      `${HOST}/frame?away`,
    );
    await moved!.waitForURL(/away/);
    await post(page, moved!, height(300));
    expect(await styleHeight(page, 2)).toBe('');

    // Nor is the host page itself, though it shares that frame's new origin.
    await page.evaluate(() => window.postMessage({ type: 'rare-earth-map:height', height: 300 }, '*'));
    await post(page, own!, { type: 'noop' });
    expect([await styleHeight(page, 0), await styleHeight(page, 2)]).toEqual(['420px', '']);
    expectClean(w);
  });

  test('trusts a frame sandboxed without allow-same-origin only with the opaque origin', async ({ page }) => {
    const w = watch(page);
    const [opaque, sameOrigin] = await addFrames(page, [
      { 'data-rare-earth-map': '', sandbox: 'allow-scripts', src: `${OTHER}/frame?opaque` },
      { 'data-rare-earth-map': '', sandbox: 'allow-scripts allow-same-origin', src: `${OTHER}/frame?same` },
    ]);
    await page.addScriptTag({ url: `${HOST}/embed.js` });
    await post(page, opaque!, height(222));
    await post(page, sameOrigin!, height(333));
    const received = (await events(page)).filter(
      (e) => e.kind === 'message' && e.data?.type === 'rare-earth-map:height',
    );
    expect(received.map((e) => (e.kind === 'message' ? e.origin : ''))).toEqual(['null', OTHER]);
    expect([await styleHeight(page, 0), await styleHeight(page, 1)]).toEqual(['222px', '333px']);
    expectClean(w);
  });

  test('turns a select message into one CustomEvent on its frame', async ({ page }) => {
    const w = watch(page);
    const [unmarked, own] = await addFrames(page, [
      { src: `${OTHER}/frame?unmarked` },
      { 'data-rare-earth-map': '', src: `${OTHER}/frame?own` },
    ]);
    await page.addScriptTag({ url: `${HOST}/embed.js` });
    await page.addScriptTag({ url: `${HOST}/embed.js` });
    const message = { type: 'rare-earth-map:select', selection: { kind: 'area', id: 'tuva' }, url: `${APP}?area=tuva` };
    await post(page, unmarked!, message);
    await post(
      page,
      own!,
      { type: 'rare-earth-map:select' },
      { type: 'rare-earth-map:select', selection: 'tuva' },
      message,
    );
    const selects = (await events(page)).filter((e) => e.kind === 'select');
    expect(selects).toEqual([{ kind: 'select', detail: message, frame: 1 }]);
    expectClean(w);
  });
});

test.describe('the embedded map', () => {
  test('has a title, the credits, a link to the full map and a panel toggle', async ({ page }) => {
    const w = watch(page);
    await openMap(page, '?embed&area=sakha');
    await expect(page.locator('.embed-title')).toBeVisible();
    await expect(page.locator('.credits')).toBeVisible();
    const open = page.locator('a.open-full');
    await expect(open).toContainText('Open the full map');
    await expect(open).toHaveAttribute('target', '_blank');
    const href = new URL((await open.getAttribute('href'))!, page.url());
    expect(href.origin + href.pathname).toBe(APP);
    expect(href.searchParams.has('embed')).toBe(false);
    expect(href.searchParams.get('area')).toBe('sakha');

    const toggle = page.locator('button.panel-toggle');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expectClean(w);
  });

  test('offers fullscreen only where the host page allows it', async ({ page }) => {
    const w = watch(page);
    const code = embedCode({ appUrl: APP, width: 800, height: 500 });
    let { frame } = await openEmbed(page, article(code));
    await expect(frame.locator('button.fullscreen-button')).toBeVisible();
    const withoutFullscreen = code.replace(' allow="fullscreen" allowfullscreen', '');
    expect(withoutFullscreen).not.toContain('fullscreen');
    ({ frame } = await openEmbed(page, article(withoutFullscreen)));
    expect(await frame.locator('html').evaluate(() => document.fullscreenEnabled)).toBe(false);
    await expect(frame.locator('.embed-title')).toBeVisible();
    await expect(frame.locator('button.fullscreen-button')).toBeHidden();
    expectClean(w);
  });

  test('lets the mouse wheel scroll the article until the reader clicks or focuses the map', async ({ page }) => {
    const w = watch(page);
    const { iframe, frame } = await openEmbed(page, article(embedCode({ appUrl: APP, width: 700, height: 500 })));
    // The frame near the top of the window, with article left to scroll past below it.
    const frameToTop = () => iframe.evaluate((e) => window.scrollBy(0, e.getBoundingClientRect().top - 100));
    await frameToTop();
    const sakha = frame.locator('path.area-sakha');
    const pane = frame.locator('.leaflet-map-pane');
    const view = async () => ({
      d: await sakha.getAttribute('d'),
      transform: await pane.evaluate((e) => e.style.transform),
    });
    const scrollY = () => page.evaluate(() => window.scrollY);
    // Just after the article scrolls, the browser may still route input by the frame's old place on the
    // page. Count the wheel events the frame receives, and send sideways wheels (nothing scrolls sideways)
    // over the map until one arrives there.
    await frame.locator('html').evaluate((html: HTMLElement) => {
      html.dataset.wheels = '0';
      window.addEventListener('wheel', () => (html.dataset.wheels = String(Number(html.dataset.wheels) + 1)), true);
    });
    const wheels = async () => Number(await frame.locator('html').getAttribute('data-wheels'));
    const mouseOverMap = async () => {
      const box = (await frame.locator('.leaflet-container').boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const seen = await wheels();
      await expect(async () => {
        await page.mouse.wheel(1, 0);
        expect(await wheels()).toBeGreaterThan(seen);
      }).toPass();
    };

    await mouseOverMap();
    const hint = frame.locator('.scroll-hint');
    // The sideways wheel showed the hint too: wait until it hides, then record the next showing, which a
    // poll may miss on a busy machine.
    await expect(hint).toBeHidden();
    await hint.evaluate((e: HTMLElement) => {
      new MutationObserver(() => {
        if (!e.hidden) e.dataset.shown = 'yes';
      }).observe(e, { attributeFilter: ['hidden'] });
    });
    const before = { y: await scrollY(), view: await view() };
    await page.mouse.wheel(0, 400);
    await expect.poll(scrollY).toBeGreaterThan(before.y);
    await expect(hint).toHaveAttribute('data-shown', 'yes');
    // The hint hides 1.6 s after the wheel, longer than Leaflet's wheel debounce and zoom animation.
    await expect(hint).toBeHidden();
    expect(await view()).toEqual(before.view);

    // Once the map has focus, the wheel zooms it and the article stays put.
    await frameToTop();
    await mouseOverMap();
    await frame.locator('.leaflet-container').focus();
    const focused = { y: await scrollY(), view: await view() };
    await page.mouse.wheel(0, -400);
    await expect.poll(async () => (await view()).d).not.toBe(focused.view.d);
    expect(await scrollY()).toBe(focused.y);
    expectClean(w);
  });

  test('responsive code: embed.js keeps the frame as tall as the map’s content', async ({ page }) => {
    const w = watch(page);
    const code = embedCode({ appUrl: APP, responsive: true, height: 150 });
    const { iframe, frame } = await openEmbed(page, article(code));
    // Only embed.js sets the frame's style height; the code gives the attribute.
    await expect.poll(() => iframe.evaluate((e) => e.style.height)).toMatch(/^\d+px$/);
    await expect.poll(() => heightGap(iframe, frame)).toBeLessThanOrEqual(2);
    const first = await frameHeight(iframe);

    const toggle = frame.locator('button.panel-toggle');
    const expanded = await toggle.getAttribute('aria-expanded');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', expanded === 'true' ? 'false' : 'true');
    await expect.poll(async () => Math.abs((await frameHeight(iframe)) - first)).toBeGreaterThan(2);
    await expect.poll(() => heightGap(iframe, frame)).toBeLessThanOrEqual(2);
    expectClean(w);
  });

  test('tells the host page what the reader selects', async ({ page }) => {
    const w = watch(page);
    const { frame } = await openEmbed(page, article(embedCode({ appUrl: APP, responsive: true })));
    const link = frame.locator('.area-list a').first();
    const name = (await link.textContent())!.trim();
    const area = areas.find((a) => a.properties.name === name);
    expect(area, `an area named ${name}`).toBeDefined();
    await link.click();
    await expect(frame.locator('#panel-title')).toHaveText(name);

    const selection = { kind: 'area', id: area!.id };
    await expect
      .poll(async () =>
        (await events(page)).filter((e) => e.kind === 'select').map((e) => e.kind === 'select' && e.detail.selection),
      )
      .toEqual([selection]);
    const all = await events(page);
    const message = all.find((e) => e.kind === 'message' && e.data?.type === 'rare-earth-map:select');
    expect(message).toMatchObject({ origin: APP.slice(0, -1), data: { type: 'rare-earth-map:select', selection } });
    const event = all.find((e) => e.kind === 'select')!;
    expect(event).toMatchObject({ frame: 0, detail: { type: 'rare-earth-map:select', selection } });
    // protocol.ts: "url is the full map's URL".
    const url = new URL(String(event.kind === 'select' && event.detail.url));
    expect(url.origin + url.pathname).toBe(APP);
    expect(url.searchParams.get('area')).toBe(area!.id);
    expect(url.searchParams.has('embed')).toBe(false);
    expectClean(w);
  });

  test('renders in a sandboxed frame without same-origin, and embed.js sizes it', async ({ page }) => {
    const w = watch(page);
    const src = `${APP}?embed&height=auto`;
    const { iframe, frame } = await openEmbed(page, `${HOST}/article-sandboxed?src=${encodeURIComponent(src)}`);
    await expect(iframe).toHaveAttribute('sandbox', 'allow-scripts allow-popups');
    await expect.poll(() => frame.locator('.deposit-marker, .deposit-cluster').count()).toBeGreaterThan(0);
    await expect(frame.locator('.credits')).toBeVisible();
    await expect.poll(() => iframe.evaluate((e) => e.style.height)).toMatch(/^\d+px$/);
    await expect.poll(() => heightGap(iframe, frame)).toBeLessThanOrEqual(2);
    expectClean(w);
  });

  for (const [width, height] of [
    [300, 250],
    [1200, 800],
  ] as const) {
    test(`fits a ${width}×${height} frame: map and credits in view, nothing wider than the frame`, async ({ page }) => {
      const w = watch(page);
      const { iframe, frame } = await openEmbed(page, article(embedCode({ appUrl: APP, width, height }), width > 720));
      expect(await iframe.evaluate((e) => [e.clientWidth, e.clientHeight])).toEqual([width, height]);
      await expect(frame.locator('.leaflet-container')).toBeVisible();
      await expect(frame.locator('.credits')).toBeVisible();
      const layout = await frame.locator('html').evaluate((html) => {
        const box = (selector: string) => {
          const r = document.querySelector(selector)!.getBoundingClientRect();
          return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
        };
        return {
          clientWidth: html.clientWidth,
          scrollWidth: html.scrollWidth,
          viewport: { width: window.innerWidth, height: window.innerHeight },
          map: box('.leaflet-container'),
          credits: box('.credits'),
        };
      });
      expect(layout.scrollWidth, 'no horizontal overflow').toBeLessThanOrEqual(layout.clientWidth);
      for (const name of ['map', 'credits'] as const) {
        const b = layout[name];
        expect(b.width * b.height, `${name} has a size`).toBeGreaterThan(0);
        expect(b.left, `${name} left`).toBeGreaterThanOrEqual(-1);
        expect(b.top, `${name} top`).toBeGreaterThanOrEqual(-1);
        expect(b.right, `${name} right`).toBeLessThanOrEqual(layout.viewport.width + 1);
        expect(b.bottom, `${name} bottom`).toBeLessThanOrEqual(layout.viewport.height + 1);
      }
      expect(layout.map.height, 'a usable map').toBeGreaterThanOrEqual(100);
      expectClean(w);
    });
  }

  test('the “Embed this map” dialog gives code that embeds the selected area', async ({ page, context }) => {
    const w = watch(page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: APP.slice(0, -1) });
    await openMap(page);
    const area = areas.find((a) => a.id === 'sakha')!;
    await page.locator('.area-list a', { hasText: area.properties.name }).click();
    await expect(panelHeading(page)).toHaveText(area.properties.name);

    await page.locator('button.embed-open').click();
    const dialog = page.locator('dialog.embed-dialog');
    await expect(dialog).toBeVisible();
    const code = dialog.locator('#embed-code');
    await expect(code).toHaveJSProperty('readOnly', true);
    await expect(dialog.locator('.embed-preview iframe')).toHaveCount(1);
    await expect(dialog.locator('.embed-preview iframe').contentFrame().locator('path.area')).toHaveCount(6);

    await dialog.locator('input[name="embed-size"][value="fixed"]').check();
    await dialog.locator('#embed-width').fill('640');
    await dialog.locator('#embed-height').fill('480');
    await expect(code).toHaveValue(/<iframe [^>]*width="640" height="480"/);
    await expect(code).not.toHaveValue(/embed\.js/);

    await dialog.locator('input[name="embed-size"][value="responsive"]').check();
    await expect(code).toHaveValue(/<iframe data-rare-earth-map /);
    await expect(code).toHaveValue(
      new RegExp(`<script async src="${APP.replace(/[./]/g, '\\$&')}embed\\.js"></script>`),
    );
    const snippet = await code.inputValue();
    expect(snippet).toContain('area=sakha');
    await dialog.locator('button.embed-copy').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

    const { iframe, frame } = await openEmbed(page, article(snippet));
    await expect(frame.locator('#panel-title')).toHaveText(area.properties.name);
    await expect.poll(() => iframe.evaluate((e) => e.style.height)).toMatch(/^\d+px$/);
    await expect.poll(() => heightGap(iframe, frame)).toBeLessThanOrEqual(2);
    expectClean(w);
  });
});
