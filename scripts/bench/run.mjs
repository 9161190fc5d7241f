/**
 * `npm run bench`: builds the app, the floor page and a 10,000-deposit variant; measures
 * first-visit bytes, Lighthouse scores (three mobile runs of the app and the floor in turn, the
 * same three rounds again with a second CPU-heavy process running, one desktop run of each), map load and click-to-panel times; writes bench/results/latest.json and
 * latest.md and prints the Markdown.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { recordResponses, sizeResponses } from './bytes.mjs';
import { buildFloor } from './floor.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { CHROMIUM_ARGS, findChromium } from '../find-chromium.mjs';
import { compare, readPrevious, renderComparison, renderMarkdown, writeResults } from './report.mjs';
import { buildScaledApp, writeSyntheticData } from './scale.mjs';
import { serveStatic } from './serve.mjs';
import { loadMap, measureClicks, observePaints, readPaints } from './timing.mjs';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS = join(REPO, 'bench/results');
const CHROMIUM_PATH = await findChromium({ install: false });
if (!CHROMIUM_PATH) throw new Error('No Chromium found: run `node scripts/find-chromium.mjs` for what to install.');
const SYNTHETIC_DEPOSITS = 10_000;
const CLICKS = 15;
const SCALE_CLICKS = 6;
/** Lighthouse mobile runs of each page: the targets hold in each of them. */
const MOBILE_RUNS = 3;
/**
 * A second CPU-heavy process (a busy loop in another Node), for the Lighthouse runs "under load": a
 * reader's phone is rarely idle, and a target that holds only on a quiet machine does not hold there.
 * Returns the function that stops it.
 */
function startLoad() {
  const child = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
  return () => child.kill();
}

/** Cap on each wait for a map to draw, and on the app's series of clicks. */
const CAP_MS = 60_000;
/** Cap on the scale test's series of clicks, which keeps the whole run within about four minutes. */
const SCALE_CLICK_CAP_MS = 45_000;
/** Cap on waiting for the network to go quiet after the map is drawn. */
const IDLE_CAP_MS = 15_000;

const log = (message) => process.stderr.write(`[bench] ${message}\n`);

/** The highest 1-minute load average seen at the end of any step. */
let peakLoad = 0;
const load1 = () => Math.round(loadavg()[0] * 100) / 100;

/** Runs a repository binary or npm, its output going to stderr so stdout carries only the report. */
function run(cmd, args, env = process.env) {
  execFileSync(cmd, args, { cwd: REPO, env, stdio: ['ignore', 2, 2] });
}

function git(...args) {
  return execFileSync('git', args, { cwd: REPO, encoding: 'utf8' }).trim();
}

async function timed(label, fn) {
  const t0 = Date.now();
  log(`${label}…`);
  const value = await fn();
  peakLoad = Math.max(peakLoad, load1());
  log(`${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return value;
}

/**
 * Opens url in a fresh context (empty cache): map load time, first-visit bytes, then optionally clicks.
 * A page whose main thread never yields answers no wait of Playwright's, so the whole visit has a
 * deadline too: past it the context is closed and the visit reported as timed out.
 */
async function visit(
  browser,
  server,
  root,
  { clicks = 0, clickBudgetMs = CAP_MS, viewport = DESKTOP, path = '' } = {},
) {
  const context = await browser.newContext({ viewport });
  await observePaints(context);
  let timer;
  const deadline = new Promise((resolve) => {
    timer = setTimeout(() => resolve(null), CAP_MS + IDLE_CAP_MS + clickBudgetMs + 30_000);
  });
  const measure = async () => {
    const page = await context.newPage();
    const urls = recordResponses(page);
    const load = await loadMap(page, server.url + path, CAP_MS);
    await page.waitForLoadState('networkidle', { timeout: IDLE_CAP_MS }).catch(() => log('network did not go idle'));
    const bytes = sizeResponses(urls, server.url, root);
    const paints = await readPaints(page);
    const click = clicks ? await measureClicks(page, { clicks, budgetMs: clickBudgetMs }) : null;
    return { load, bytes, paints, click };
  };
  try {
    const running = measure();
    // Abandoned at the deadline, it fails once the context closes: nothing left to report.
    running.catch(() => {});
    const result = await Promise.race([running, deadline]);
    if (result) return result;
    log(`${server.url}: the page did not answer within its deadline`);
    return { load: { ms: null, timedOut: true }, bytes: sizeResponses([], server.url, root), click: null };
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => {});
  }
}

/** The run with the median performance score (the middle one of three), for the comparison between results. */
function medianRun(runs) {
  const ok = runs.filter((x) => !x.error);
  if (!ok.length) return runs[0] ?? null;
  return [...ok].sort((a, b) => a.scores.performance - b.scores.performance)[Math.floor((ok.length - 1) / 2)];
}

const DESKTOP = { width: 1280, height: 800 };
/** Lighthouse's mobile screen. */
const PHONE = { width: 412, height: 823 };

const ratio = (a, b) => Math.round((a / b) * 100) / 100;

/** The language pages whose first visit is measured beside the English one. */
const LANG_PAGES = ['uk', 'ru'];

async function main() {
  const started = Date.now();
  const previous = readPrevious(join(RESULTS, 'latest.json'));
  const tmp = mkdtempSync(join(tmpdir(), 'rare-earth-bench-'));
  const dirs = { app: join(tmp, 'app'), floor: join(tmp, 'floor'), scale: join(tmp, 'scale-dist') };
  const servers = [];
  let browser = null;
  const errors = [];
  const r = {
    date: new Date().toISOString(),
    node: process.version,
    chromium: null,
    cpus: cpus().length,
    git: { commit: git('rev-parse', 'HEAD'), dirty: git('status', '--porcelain').length > 0 },
    durationS: null,
    /** The machine's load average (1, 5, 15 min) at the start and end: other work on it skews the timings. */
    loadavg: { start: loadavg().map((x) => Math.round(x * 100) / 100), end: null, peak: null },
  };
  try {
    await timed('npm run build', () => run('npm', ['run', 'build']));
    // Measure a copy, so that another build of dist/ during the run cannot change what is measured.
    cpSync(join(REPO, 'dist'), dirs.app, { recursive: true });
    await timed('floor build', () => buildFloor(REPO, dirs.floor));
    // The scale variant is optional: if it cannot be built, the rest is still measured.
    const scaleBuildS = await timed(`scale data (${SYNTHETIC_DEPOSITS} deposits) + build`, () => {
      const t0 = Date.now();
      try {
        buildScaledApp(REPO, writeSyntheticData(REPO, join(tmp, 'scale'), SYNTHETIC_DEPOSITS), dirs.scale);
        return (Date.now() - t0) / 1000;
      } catch (e) {
        errors.push(`scale build: ${e.message}`);
        return null;
      }
    });

    const serve = async (dir) => {
      const s = await serveStatic(dir);
      servers.push(s);
      return s;
    };
    const app = await serve(dirs.app);
    const floor = await serve(dirs.floor);
    const scale = scaleBuildS === null ? null : await serve(dirs.scale);

    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    r.chromium = browser.version();
    const appVisit = await timed('app: first visit + clicks', () => visit(browser, app, dirs.app, { clicks: CLICKS }));
    const floorVisit = await timed('floor: first visit', () => visit(browser, floor, dirs.floor));
    const phoneVisit = await timed('app: first visit on a phone-sized screen', () =>
      visit(browser, app, dirs.app, { viewport: PHONE }),
    );
    // The Ukrainian and Russian pages fetch their language's catalog and translations besides.
    const langVisits = {};
    for (const lang of LANG_PAGES)
      langVisits[lang] = await timed(`app: first visit in ${lang}`, () =>
        visit(browser, app, dirs.app, { path: `${lang}/` }),
      );
    const scaleVisit =
      scale &&
      (await timed('scale: first visit + clicks', () =>
        visit(browser, scale, dirs.scale, { clicks: SCALE_CLICKS, clickBudgetMs: SCALE_CLICK_CAP_MS }),
      ));
    await browser.close();
    browser = null;

    const a = appVisit.bytes.total;
    const f = floorVisit.bytes.total;
    r.firstVisit = {
      app: appVisit.bytes,
      floor: floorVisit.bytes,
      ratio: { gzip: ratio(a.gzip, f.gzip), brotli: ratio(a.brotli, f.brotli) },
      ...Object.fromEntries(LANG_PAGES.map((lang) => [lang, langVisits[lang].bytes])),
    };
    r.load = { app: appVisit.load, floor: floorVisit.load };
    r.paints = { app: appVisit.paints, phone: phoneVisit.paints, floor: floorVisit.paints };
    r.click = appVisit.click;
    r.scale = {
      syntheticDeposits: SYNTHETIC_DEPOSITS,
      buildS: scaleBuildS === null ? null : Math.round(scaleBuildS * 10) / 10,
      firstVisit: scaleVisit ? { total: scaleVisit.bytes.total, byKind: scaleVisit.bytes.byKind } : null,
      load: scaleVisit?.load ?? null,
      click: scaleVisit?.click ?? null,
    };
    if (appVisit.load.timedOut) errors.push('app: the map was not drawn within 60 s');
    if (scaleVisit?.load.timedOut) errors.push('scale: the map was not drawn within 60 s');

    r.lighthouse = { app: { mobileRuns: [] }, floor: { mobileRuns: [] } };
    const lighthouseRun = (page, server, preset) =>
      timed(`lighthouse ${page} ${preset}`, () =>
        runLighthouse(server.url, { preset, chromePath: CHROMIUM_PATH }).catch((e) => {
          errors.push(`lighthouse ${page} ${preset}: ${e.message}`);
          return { error: e.message };
        }),
      );
    // The mobile runs alternate between the app and the floor, so that both meet the same moments
    // of the machine's load; each round's pair is compared.
    for (let round = 1; round <= MOBILE_RUNS; round++)
      for (const [page, server] of [
        ['app', app],
        ['floor', floor],
      ])
        r.lighthouse[page].mobileRuns.push(await lighthouseRun(page, server, `mobile ${round}/${MOBILE_RUNS}`));
    for (const page of ['app', 'floor']) r.lighthouse[page].mobile = medianRun(r.lighthouse[page].mobileRuns);
    // The same rounds with a second CPU-heavy process running.
    const stopLoad = startLoad();
    try {
      for (const page of ['app', 'floor']) r.lighthouse[page].loadedRuns = [];
      for (let round = 1; round <= MOBILE_RUNS; round++)
        for (const [page, server] of [
          ['app', app],
          ['floor', floor],
        ])
          r.lighthouse[page].loadedRuns.push(
            await lighthouseRun(page, server, `mobile under load ${round}/${MOBILE_RUNS}`),
          );
    } finally {
      stopLoad();
    }
    r.lighthouse.app.desktop = await lighthouseRun('app', app, 'desktop');
    r.lighthouse.floor.desktop = await lighthouseRun('floor', floor, 'desktop');
  } finally {
    if (browser) await browser.close().catch(() => {});
    for (const s of servers) await s.close().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }

  r.loadavg.end = loadavg().map((x) => Math.round(x * 100) / 100);
  r.loadavg.peak = Math.max(peakLoad, load1());
  r.errors = errors;
  r.durationS = Math.round((Date.now() - started) / 1000);
  let comparison = null;
  if (previous) {
    comparison = renderComparison(compare(previous, r), previous);
    process.stderr.write(`\n${comparison}\n\n`);
  }
  const markdown = renderMarkdown(r, comparison);
  writeResults(RESULTS, r, markdown);
  log(`wrote ${RESULTS}/latest.json and latest.md`);
  process.stdout.write(markdown);
  if (errors.length) process.exitCode = 1;
}

main().catch((e) => {
  // A failed command (e.g. the app's build) has already printed its own output.
  console.error(e.status !== undefined ? `[bench] failed: ${e.message.split('\n')[0]}` : e);
  process.exit(1);
});
