/**
 * The smoke scenario every engine runs (run.ts): what a reader does first, through user-visible
 * state only (the panel's heading, the URL, the areas drawn) and the selectors e2e/driver.ts uses.
 * After each step: no page error and no request off this machine.
 */
import { embedCode } from '../../src/embed/code';
import { areas, deposits, statements } from '../data';
import type { EngineDriver } from './driver';
import type { Proxy } from './proxy';

export type Smoke = { driver: EngineDriver; proxy: Proxy; app: string; host: string };
export type Step = { name: string; run: (s: Smoke) => Promise<void>; expectsErrors?: boolean };

const WAIT_MS = 60_000;

/** Polls the page until `body` returns something truthy; the failure names what was awaited and what was last seen. */
async function waitFor<T>(s: Smoke, what: string, body: string, frame?: string): Promise<T> {
  const end = Date.now() + WAIT_MS;
  let last: unknown;
  for (;;) {
    try {
      last = await s.driver.evaluate<T>(body, frame);
      if (last) return last as T;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(String(last))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function expectEqual(actual: unknown, expected: unknown, what: string) {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/** The panel's heading, as an expression. */
const HEADING = `(document.querySelector('#panel-title')?.textContent ?? '')`;

async function headingIs(s: Smoke, text: string, frame?: string) {
  await waitFor(s, `the heading “${text}”`, `return ${HEADING} === ${JSON.stringify(text)}`, frame);
}

async function searchIs(s: Smoke, search: string) {
  await waitFor(s, `the address ${search}`, `return location.search === ${JSON.stringify(search)}`);
}

/** The map has drawn its six areas and at least one deposit marker. */
async function mapDrawn(s: Smoke, frame?: string) {
  await waitFor(
    s,
    'six areas and the markers',
    `return document.querySelectorAll('.leaflet-overlay-pane path.area').length === 6 &&
      document.querySelectorAll('.deposit-marker, .deposit-cluster').length > 0`,
    frame,
  );
}

/**
 * A point where the area's polygon itself is what a click hits (markers and labels hidden through
 * the CSSOM: the page's Content Security Policy refuses injected style), as e2e/driver.ts does.
 */
const AREA_POINT = (id: string) => `
  document.querySelector('.leaflet-marker-pane').style.setProperty('visibility', 'hidden');
  const path = document.querySelector('path.area-${id}');
  const r = path.getBoundingClientRect();
  const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
  const points = [];
  for (let i = 0; i <= 10; i++) for (let j = 0; j <= 10; j++) points.push([r.left + (r.width * i) / 10, r.top + (r.height * j) / 10]);
  points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
  return points.find(([x, y]) => document.elementFromPoint(x, y) === path) ?? null;`;

/** The centre of the first element matching the selector whose text is `text`, scrolled into view. */
const CENTRE_OF = (selector: string, text: string) => `
  const el = [...document.querySelectorAll(${JSON.stringify(selector)})].find((e) => e.textContent.trim() === ${JSON.stringify(text)});
  if (!el) return null;
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  return [r.left + r.width / 2, r.top + r.height / 2];`;

async function clickPoint(s: Smoke, what: string, body: string, offset: [number, number] = [0, 0]) {
  const point = await waitFor<[number, number]>(s, what, body);
  await s.driver.click(point[0] + offset[0], point[1] + offset[1]);
}

const area = (id: string) => areas.find((a) => a.id === id)!;
const deposit = (id: string) => deposits.find((d) => d.id === id)!;
const statement = statements[0]!;

export const SMOKE: Step[] = [
  {
    name: 'loads the overview and draws the six areas',
    async run(s) {
      await s.driver.open(s.app);
      await waitFor(s, 'the overview heading', `return ${HEADING}.includes('rare-earth offer')`);
      await mapDrawn(s);
    },
  },
  {
    name: 'selects a deposit by its marker',
    async run(s) {
      const tomtor = deposit('tomtor');
      await clickPoint(
        s,
        'the Tomtor marker',
        `
        const el = document.querySelector('.deposit-marker[data-deposit="tomtor"]');
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return [r.left + r.width / 2, r.top + r.height / 2];`,
      );
      await headingIs(s, tomtor.name);
      await searchIs(s, '?deposit=tomtor');
    },
  },
  {
    name: 'selects an area on the map',
    async run(s) {
      await s.driver.open(s.app);
      await mapDrawn(s);
      await clickPoint(s, 'a point of Sakha on the map', AREA_POINT('sakha'));
      await headingIs(s, area('sakha').properties.name);
      await searchIs(s, '?area=sakha');
    },
  },
  {
    name: 'selects an area from the list, and Back returns to the list',
    async run(s) {
      await s.driver.open(`${s.app}?show=list`);
      await mapDrawn(s);
      const listHeading = await s.driver.evaluate<string>(`return ${HEADING}`);
      const tuva = area('tuva').properties.name;
      await clickPoint(s, `the list's link to ${tuva}`, CENTRE_OF('.panel table a', tuva));
      await headingIs(s, tuva);
      await searchIs(s, '?area=tuva');
      await s.driver.evaluate('history.back()');
      await searchIs(s, '?show=list');
      await headingIs(s, listHeading);
    },
  },
  {
    name: 'a deep link to a statement shows its quote exactly',
    async run(s) {
      await s.driver.open(`${s.app}?statement=${statement.id}`);
      await headingIs(s, statement.title);
      // The full statement record loads after the heading: wait for its wordings, then compare exactly.
      const quotes = await waitFor<string[]>(
        s,
        'the statement’s wordings',
        `const q = [...document.querySelectorAll('.panel .wording--article blockquote')].map((q) => q.textContent); return q.length ? q : null`,
      );
      expectEqual(quotes[0], statement.article.text, 'the article’s wording');
      await mapDrawn(s);
    },
  },
  {
    name: 'the embed on a host page of another origin draws the map and tells the host what is selected',
    async run(s) {
      // The code the embed dialog gives, pasted into an article on another origin.
      const code = embedCode({ appUrl: s.app, width: 700, height: 560 });
      await s.driver.open(`${s.host}/article?code=${encodeURIComponent(code)}`);
      const frame = '#map-figure iframe';
      await s.driver.evaluate(`document.querySelector(${JSON.stringify(frame)}).scrollIntoView({ block: 'center' })`);
      await mapDrawn(s, frame);
      const [fx, fy] = await s.driver.evaluate<[number, number]>(
        `const r = document.querySelector(${JSON.stringify(frame)}).getBoundingClientRect(); return [r.left, r.top];`,
      );
      const point = await waitFor<[number, number]>(s, 'a point of Irkutsk in the embed', AREA_POINT('irkutsk'), frame);
      await s.driver.click(fx + point[0], fy + point[1]);
      await headingIs(s, area('irkutsk').properties.name, frame);
      const selected = await waitFor<unknown>(
        s,
        'the host page to hear of the selection',
        `return (window.__events || []).find((e) => e.kind === 'message' && e.data?.type === 'rare-earth-map:select')?.data.selection`,
      );
      expectEqual(selected, { kind: 'area', id: 'irkutsk' }, 'the selection the host heard of');
    },
  },
  {
    name: 'leaving the page while the map’s code is still loading reports no error',
    async run(s) {
      // Whether the engine reports an aborted import depends on timing: three tries, each from a
      // fresh origin (a subdomain of localhost), as WebKit keeps the code it loaded before.
      let round = 0;
      for (const [from, to] of [
        ['kabardino-balkaria', 'murmansk'],
        ['irkutsk', 'tuva'],
        ['sakha', 'occupied-ukraine'],
      ] as const) {
        const app = fresh(s.app, `leave-${++round}`);
        s.proxy.hold(/\/assets\/(MapView|leaflet)-[^/]*\.js$/);
        await s.driver.open(`${app}?area=${from}`);
        await headingIs(s, area(from).properties.name);
        await waitForCount(() => s.proxy.heldCount(), 'the map’s code to be requested');
        s.proxy.hold(null);
        await s.driver.open(`${app}?area=${to}`);
        await headingIs(s, area(to).properties.name);
        await mapDrawn(s);
        s.proxy.release();
      }
    },
  },
  {
    name: 'a map that really fails to load says so, and the panel still works',
    expectsErrors: true,
    async run(s) {
      s.proxy.fail(/\/assets\/MapView-[^/]*\.js$/);
      try {
        await s.driver.open(`${fresh(s.app, 'fail')}?area=sakha`);
        await waitFor(
          s,
          'a notice that the map could not load',
          `return [...document.querySelectorAll('[role=alert]')].some((e) => /Could not load the map/.test(e.textContent))`,
        );
        await headingIs(s, area('sakha').properties.name);
      } finally {
        s.proxy.fail(null);
      }
    },
  },
];

/** The app's address on a fresh origin, `name`.localhost: nothing the engine cached before applies. */
function fresh(app: string, name: string): string {
  const url = new URL(app);
  url.hostname = `${name}.localhost`;
  return url.href;
}

/** Polls a count in this process (the proxy's) until it is above zero. */
async function waitForCount(count: () => number, what: string) {
  const end = Date.now() + WAIT_MS;
  while (count() === 0) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The same reader on a phone (run.ts opens the engine at 390×844): the map first with its six areas,
 * a tap on an area, the panel below the map, and one document that scrolls, nothing inside it.
 */
export const PHONE_SMOKE: Step[] = [
  {
    name: 'on a phone: loads the overview, the map above the panel',
    async run(s) {
      await s.driver.open(s.app);
      await waitFor(s, 'the overview heading', `return ${HEADING}.includes('rare-earth offer')`);
      await mapDrawn(s);
      const width = await s.driver.evaluate<number>('return window.innerWidth');
      if (width > 500) throw new Error(`the page is ${width} px wide: not a phone's width`);
      const [mapBottom, panelTop] = await s.driver.evaluate<[number, number]>(
        `return [document.querySelector('.leaflet-container').getBoundingClientRect().bottom,
          document.querySelector('.panel').getBoundingClientRect().top]`,
      );
      if (panelTop < mapBottom - 1)
        throw new Error(`the panel (top ${panelTop}) overlaps the map (bottom ${mapBottom})`);
    },
  },
  {
    name: 'on a phone: a tap on an area on the map selects it',
    async run(s) {
      await clickPoint(s, 'a point of Irkutsk on the map', AREA_POINT('irkutsk'));
      await headingIs(s, area('irkutsk').properties.name);
      await searchIs(s, '?area=irkutsk');
    },
  },
  {
    name: 'on a phone: the page scrolls as one document and nothing inside it scrolls on its own',
    async run(s) {
      const inner = await s.driver.evaluate<string[]>(
        `return [...document.querySelectorAll('body *')].filter((el) => {
          const o = getComputedStyle(el).overflowY;
          return (o === 'auto' || o === 'scroll') && el.scrollHeight > el.clientHeight + 1;
        }).map((el) => String(el.className || el.tagName))`,
      );
      expectEqual(inner, [], 'elements that scroll on their own');
      await s.driver.evaluate('window.scrollTo(0, 600)');
      await waitFor(s, 'the document to scroll', 'return window.scrollY > 300');
    },
  },
];
