/**
 * Timings in the browser: how long a page takes to draw its map, and how long the panel takes to
 * show an area after a click on the area's link in the overview.
 */

export const SELECT_MEASURE = 'select-to-panel';
/** Animation frames in a row without a change in what the map draws, for it to count as settled. */
const STILL_FRAMES = 10;
/** How long to wait, once the heading has changed, for the frame that records the timing. */
const MEASURE_WAIT_MS = 10_000;

/**
 * The value at percentile p (0–100) by nearest rank, or null for no values.
 * @param {number[]} values
 * @param {number} p
 */
export function percentile(values, p) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * Opens url and waits until the six areas (`path.area` in the overlay pane) and the basemap (paths
 * in the `basemap` pane) are drawn; returns that moment as time since navigation start.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 * @param {number} timeoutMs give up (and report a timeout) after this long
 * @returns {Promise<{ ms: number|null, timedOut: boolean, markers: number|null, canvases: number|null, domNodes: number|null }>}
 */
export async function loadMap(page, url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    const handle = await page.waitForFunction(
      () =>
        document.querySelectorAll('.leaflet-overlay-pane path.area').length >= 6 &&
        document.querySelectorAll('.leaflet-basemap-pane path').length > 0 &&
        performance.now(),
      null,
      { timeout: Math.max(1, deadline - Date.now()), polling: 'raf' },
    );
    const ms = await handle.jsonValue();
    const counts = await page.evaluate(() => ({
      // Deposit markers drawn as DOM elements: icons in the marker pane (minus area labels), or paths
      // in the overlay pane (minus areas). Markers drawn on a canvas are not counted; canvases are.
      markers:
        document.querySelectorAll('.leaflet-marker-pane > :not(.area-label)').length +
        document.querySelectorAll('.leaflet-overlay-pane path:not(.area)').length,
      canvases: document.querySelectorAll('.leaflet-pane canvas').length,
      domNodes: document.getElementsByTagName('*').length,
    }));
    return { ms: round(ms), timedOut: false, ...counts };
  } catch (e) {
    if (e?.name !== 'TimeoutError') throw e;
    return { ms: null, timedOut: true, markers: null, canvases: null, domNodes: null };
  }
}

function round(ms) {
  return Math.round(ms * 10) / 10;
}

/**
 * In the page: clears old entries, then sets `window.__benchClickToTitle = { ms }`, the time from
 * the next click to the frame after the panel's heading stops reading `before`.
 */
function armFallback({ before, measure }) {
  performance.clearMeasures(measure);
  window.__benchClickToTitle = null;
  let t0 = null;
  document.addEventListener('click', (e) => (t0 = e.timeStamp), { capture: true, once: true });
  const observer = new MutationObserver(() => {
    const now = document.getElementById('panel-title')?.textContent;
    if (t0 === null || now === undefined || now === before) return;
    observer.disconnect();
    requestAnimationFrame(() => (window.__benchClickToTitle = { ms: performance.now() - t0 }));
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
}

/** Polls the page until fn returns an object `{ ms }`; its ms, or null after timeoutMs. */
async function pollMs(page, fn, arg, timeoutMs) {
  return page
    .waitForFunction(fn, arg, { timeout: timeoutMs, polling: 'raf' })
    .then(async (handle) => (await handle.jsonValue()).ms)
    .catch((e) => {
      if (e?.name !== 'TimeoutError') throw e;
      return null;
    });
}

/**
 * In the page, called every animation frame: true once what the map draws (the overlay's transform
 * and the areas' outlines, which Leaflet redraws when a move ends) has not changed for `frames`
 * frames in a row, i.e. a fly animation has ended.
 */
function mapStill(frames) {
  const svg = document.querySelector('.leaflet-overlay-pane svg');
  const now = `${svg?.style.transform}|${svg?.getAttribute('viewBox')}|${document.querySelector('.leaflet-overlay-pane path.area')?.getAttribute('d')?.length}`;
  const w = window;
  if (w.__benchStill?.last === now) w.__benchStill.count += 1;
  else w.__benchStill = { last: now, count: 0 };
  return w.__benchStill.count >= frames;
}

/** Back to the overview (if an area is shown), then waits for the map to settle. */
async function toOverview(page, timeoutMs) {
  const back = page.locator('.crumbs a').first();
  if ((await page.locator('.area-list a').count()) === 0) await back.click({ timeout: timeoutMs });
  await page.locator('.area-list a').first().waitFor({ timeout: timeoutMs });
  await page.evaluate(() => (window.__benchStill = null));
  await page.waitForFunction(mapStill, STILL_FRAMES, { timeout: timeoutMs, polling: 'raf' });
}

/**
 * Clicks the areas' links in the overview (`.area-list a`) in turn, `clicks` times in all, going
 * back to the overview between clicks. Each click is timed by the app's own
 * `performance.measure('select-to-panel')`; where the app did not record it, by the time from the
 * click event to the frame after the text of `#panel-title` changes.
 * @param {import('playwright-core').Page} page a page showing the app
 * @param {{ clicks: number, budgetMs: number }} options stop (and count the rest as timed out) after budgetMs
 * @returns {Promise<{ method: string, samples: object[], median: number|null, p90: number|null, timeouts: number }>}
 */
export async function measureClicks(page, { clicks, budgetMs }) {
  const deadline = Date.now() + budgetMs;
  const left = () => Math.max(1, deadline - Date.now());
  const samples = [];
  let timeouts = 0;
  for (let i = 0; i < clicks; i++) {
    try {
      await toOverview(page, left());
      const links = page.locator('.area-list a');
      const link = links.nth(i % (await links.count()));
      const name = (await link.textContent())?.trim() ?? '';
      const before = await page.locator('#panel-title').textContent();
      await page.evaluate(armFallback, { before, measure: SELECT_MEASURE });
      await link.click({ timeout: left() });
      await page.waitForFunction((b) => document.getElementById('panel-title')?.textContent !== b, before, {
        timeout: left(),
      });
      const wait = Math.min(left(), MEASURE_WAIT_MS);
      const fallback = await pollMs(page, () => window.__benchClickToTitle, null, wait);
      const measured = await pollMs(
        page,
        (m) => performance.getEntriesByName(m).map((e) => ({ ms: e.duration }))[0],
        SELECT_MEASURE,
        wait,
      );
      if (measured === null && fallback === null)
        throw Object.assign(new Error('no timing recorded'), { name: 'TimeoutError' });
      samples.push({
        area: name,
        ms: round(measured ?? fallback),
        method: measured === null ? 'click-to-title' : 'performance.measure',
        clickToTitleMs: fallback === null ? null : round(fallback),
      });
    } catch (e) {
      if (e?.name !== 'TimeoutError') throw e;
      timeouts = clicks - i;
      break;
    }
  }
  const methods = [...new Set(samples.map((s) => s.method))];
  const values = samples.map((s) => s.ms);
  return {
    method: methods.length === 1 ? methods[0] : methods.length ? 'mixed' : 'none',
    samples,
    median: percentile(values, 50),
    p90: percentile(values, 90),
    timeouts,
  };
}

/**
 * Before the page's own scripts: records the largest-contentful-paint candidates and the layout
 * shifts (Lighthouse's own record of them fails with some Chromium versions' traces).
 * @param {import('playwright-core').BrowserContext} context
 */
export async function observePaints(context) {
  await context.addInitScript(() => {
    const name = (el) =>
      el
        ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`
        : null;
    const seen = (window.__benchPaints = { lcp: [], shifts: [] });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        seen.lcp.push({ ms: Math.round(e.startTime), size: e.size, element: name(e.element) });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (!e.hadRecentInput)
          seen.shifts.push({
            ms: Math.round(e.startTime),
            value: Math.round(e.value * 1e4) / 1e4,
            elements: e.sources.map((x) => name(x.node)),
          });
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/**
 * What observePaints recorded: the last largest-paint candidate and every layout shift.
 * @param {import('playwright-core').Page} page
 */
export async function readPaints(page) {
  const { lcp, shifts } = await page.evaluate(() => window.__benchPaints);
  return { lcp: lcp.at(-1) ?? null, shifts };
}
