/** Turns the benchmark's results into bench/results/latest.json and latest.md, with targets and a comparison. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS } from './bytes.mjs';

/** 170 KB = 170,000 bytes. */
const BUDGET_GZIP = 170_000;
/** The Ukrainian and Russian pages carry their catalog and first-view translations: 180 KB. */
const BUDGET_GZIP_LANG = 180_000;

const get = (obj, path) => path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj) ?? null;

/** The numbers compared between runs: label, path in the results, decimals. */
const KEY_NUMBERS = [
  ['App first visit, gzip (B)', 'firstVisit.app.total.gzip', 0],
  ['App first visit, brotli (B)', 'firstVisit.app.total.brotli', 0],
  ['App first visit, raw (B)', 'firstVisit.app.total.raw', 0],
  ['Floor first visit, gzip (B)', 'firstVisit.floor.total.gzip', 0],
  ['App / floor, gzip', 'firstVisit.ratio.gzip', 2],
  ['App / floor, brotli', 'firstVisit.ratio.brotli', 2],
  ['LH mobile performance', 'lighthouse.app.mobile.scores.performance', 0],
  ['LH mobile accessibility', 'lighthouse.app.mobile.scores.accessibility', 0],
  ['LH mobile best practices', 'lighthouse.app.mobile.scores.best-practices', 0],
  ['LH mobile SEO', 'lighthouse.app.mobile.scores.seo', 0],
  ['LH mobile LCP (ms)', 'lighthouse.app.mobile.lcpMs', 0],
  ['LH mobile TBT (ms)', 'lighthouse.app.mobile.tbtMs', 0],
  ['LH mobile CLS', 'lighthouse.app.mobile.cls', 3],
  ['LH desktop performance', 'lighthouse.app.desktop.scores.performance', 0],
  ['Map drawn (ms)', 'load.app.ms', 0],
  ['Click to panel, median (ms)', 'click.median', 1],
  ['Click to panel, p90 (ms)', 'click.p90', 1],
  ['Scale: map drawn (ms)', 'scale.load.ms', 0],
  ['Scale: click to panel, median (ms)', 'scale.click.median', 1],
];

function num(value, decimals = 0) {
  if (value === null || value === undefined) return '–';
  return Number(value).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/**
 * Reads the previous results file, if any.
 * @param {string} file path of latest.json
 * @returns {object|null}
 */
export function readPrevious(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * The key numbers of two runs side by side.
 * @param {object} previous the last results
 * @param {object} current this run's results
 * @returns {{ label: string, old: number|null, new: number|null, delta: number|null, decimals: number }[]}
 */
export function compare(previous, current) {
  return KEY_NUMBERS.map(([label, path, decimals]) => {
    const before = get(previous, path);
    const after = get(current, path);
    return {
      label,
      old: before,
      new: after,
      delta: before !== null && after !== null ? after - before : null,
      decimals,
    };
  });
}

/**
 * Each target with the measured value and whether it is met (null: not measured).
 * @param {object} r this run's results
 * @returns {{ target: string, value: string, met: boolean|null }[]}
 */
/** A run's long tasks (over 50 ms on Lighthouse's simulated phone) that start after its first contentful paint. */
const afterPaint = (x) => (x.longTasks ?? []).filter((t) => t.startMs >= x.fcpMs);

export function checkTargets(r) {
  const m = get(r, 'lighthouse.app.mobile');
  const d = get(r, 'lighthouse.app.desktop');
  const runs = (page, kind = 'mobileRuns') => (get(r, `lighthouse.${page}.${kind}`) ?? []).filter((x) => !x.error);
  const [appRuns, floorRuns, loadedRuns] = [runs('app'), runs('floor'), runs('app', 'loadedRuns')];
  const both = (key) => [get(m, `scores.${key}`), get(d, `scores.${key}`)];
  const row = (target, value, met) => ({ target, value, met: value === '–' ? null : met });
  const scoreRow = (label, key) => {
    const [a, b] = both(key);
    return row(`${label} = 100 (mobile / desktop)`, a === null ? '–' : `${a} / ${b ?? '–'}`, a === 100 && b === 100);
  };
  /** A target each mobile run must meet: the runs' values side by side. */
  const eachRun = (target, show, ok) =>
    row(target, appRuns.length ? appRuns.map(show).join(' / ') : '–', appRuns.length > 0 && appRuns.every(ok));
  const seconds = (ms) => `${num(ms / 1000, 2)} s`;
  const gz = get(r, 'firstVisit.app.total.gzip');
  const ratio = get(r, 'firstVisit.ratio.gzip');
  const cls = [get(m, 'cls'), get(d, 'cls')];
  const click = get(r, 'click.median');
  const rounds = appRuns.map((a, i) => [a, floorRuns[i]]).filter(([, f]) => f);
  return [
    eachRun(
      'Lighthouse mobile performance ≥ 98, each run (quiet machine)',
      (x) => x.scores.performance,
      (x) => x.scores.performance >= 98,
    ),
    row(
      'Lighthouse mobile performance ≥ 95, each run, under load (a second CPU-heavy process)',
      loadedRuns.length
        ? loadedRuns.map((x) => `${x.scores.performance} (CPU index ${num(x.benchmarkIndex)})`).join(' / ')
        : '–',
      loadedRuns.length > 0 && loadedRuns.every((x) => x.scores.performance >= 95),
    ),
    scoreRow('Accessibility', 'accessibility'),
    scoreRow('Best practices', 'best-practices'),
    scoreRow('SEO', 'seo'),
    eachRun(
      'LCP ≤ 1.0 s (mobile), each run',
      (x) => seconds(x.lcpMs),
      (x) => x.lcpMs <= 1000,
    ),
    row(
      'LCP ≤ half the floor’s (mobile), each round: app vs floor',
      rounds.length ? rounds.map(([a, f]) => `${seconds(a.lcpMs)} vs ${seconds(f.lcpMs)}`).join(' / ') : '–',
      rounds.length > 0 && rounds.every(([a, f]) => a.lcpMs <= f.lcpMs / 2),
    ),
    eachRun(
      'No task over 50 ms after the first paint (Lighthouse’s simulated phone), each run',
      (x) =>
        afterPaint(x).length
          ? afterPaint(x)
              .map((t) => `${num(t.ms)} ms`)
              .join(', ')
          : 'none',
      (x) => afterPaint(x).length === 0,
    ),
    eachRun(
      'TBT ≤ 100 ms (mobile), each run',
      (x) => `${num(x.tbtMs)} ms`,
      (x) => x.tbtMs <= 100,
    ),
    row(
      'CLS ≤ 0.02 (mobile / desktop)',
      m ? `${num(cls[0], 3)} / ${num(cls[1], 3)}` : '–',
      Math.max(...cls.filter((x) => x !== null)) <= 0.02,
    ),
    row('Click to panel ≤ 50 ms (median)', click === null ? '–' : `${num(click, 1)} ms`, click <= 50),
    row('First visit ≤ 2× floor (gzip)', ratio === null ? '–' : `${num(ratio, 2)}×`, ratio <= 2),
    row('First visit ≤ 170 KB gzip (170,000 B)', gz === null ? '–' : `${num(gz)} B`, gz <= BUDGET_GZIP),
    ...['uk', 'ru'].map((lang) => {
      const size = get(r, `firstVisit.${lang}.total.gzip`);
      return row(
        `First visit in ${lang} (/${lang}/) ≤ 180 KB gzip (180,000 B)`,
        size === null ? '–' : `${num(size)} B`,
        size !== null && size <= BUDGET_GZIP_LANG,
      );
    }),
  ];
}

function bytesTable(app, floor) {
  const cell = (s) => (s ? `${num(s.raw)} / ${num(s.gzip)} / ${num(s.brotli)}` : '–');
  const rows = [
    ...KINDS.map((k) => [k, cell(app?.byKind[k]), cell(floor?.byKind[k])]),
    ['**total**', `**${cell(app?.total)}**`, `**${cell(floor?.total)}**`],
  ];
  return table(['kind', 'app: raw / gzip / brotli (B)', 'floor: raw / gzip / brotli (B)'], rows);
}

function lighthouseTable(lh) {
  const rows = [];
  const runs = (page) => [
    ...(lh?.[page]?.mobileRuns ?? []).map((x, i) => [`mobile ${i + 1}`, x]),
    ...(lh?.[page]?.loadedRuns ?? []).map((x, i) => [`mobile ${i + 1}, under load`, x]),
    ['desktop', lh?.[page]?.desktop],
  ];
  for (const page of ['app', 'floor'])
    for (const [preset, x] of runs(page)) {
      if (!x || x.error) {
        rows.push([page, preset, `error: ${x?.error ?? 'not run'}`, ...Array(9).fill('')]);
        continue;
      }
      const s = x.scores;
      rows.push([
        page,
        preset,
        s.performance,
        s.accessibility,
        s['best-practices'],
        s.seo,
        `${num(x.fcpMs / 1000, 2)} s`,
        `${num(x.lcpMs / 1000, 2)} s`,
        `${num(x.tbtMs)} ms`,
        num(x.cls, 3),
        num(x.totalByteWeight),
        num(x.benchmarkIndex),
      ]);
    }
  return table(['page', 'preset', 'perf', 'a11y', 'BP', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'bytes', 'CPU index'], rows);
}

/** Lighthouse's diagnostics of each app mobile run: what the largest paint waited for, and what held the main thread. */
function diagnostics(lh) {
  const all = [
    ...(lh?.app?.mobileRuns ?? []).map((x, i) => [`mobile ${i + 1}`, x]),
    ...(lh?.app?.loadedRuns ?? []).map((x, i) => [`mobile ${i + 1}, under load`, x]),
  ];
  const lines = all.map(([label, x]) => {
    if (!x || x.error || !x.lcpPhases) return `- ${label}: –`;
    const phases = Object.entries(x.lcpPhases)
      .map(([k, v]) => `${k} ${num(v)} ms`)
      .join(', ');
    const blocking = x.renderBlocking.map((b) => `\`${b.url}\` (${num(b.wastedMs)} ms)`).join(', ') || 'none';
    const when = (t) => (t.startMs >= x.fcpMs ? 'after the first paint' : 'before it');
    const tasks =
      x.longTasks
        .slice(0, 5)
        .map((t) => `${num(t.ms)} ms at ${num(t.startMs)} ms, ${when(t)} (\`${t.url}\`)`)
        .join(', ') || 'none';
    const element = x.lcpElement ? `\`${x.lcpElement.selector}\`` : 'not read (see the timed visits below)';
    return `- ${label}: largest paint ${element} (${phases}); render-blocking: ${blocking}; long tasks: ${tasks}`;
  });
  return lines.length ? `Diagnostics of the app's mobile runs:\n\n${lines.join('\n')}` : '';
}

/** The largest paint and the layout shifts the browser reported in the timed visits (unthrottled). */
function paintLines(p) {
  const line = (label, x) => {
    if (!x) return `| ${label} | – | – |`;
    const lcp = x.lcp ? `\`${x.lcp.element}\` at ${num(x.lcp.ms)} ms` : '–';
    const shifts = x.shifts.length
      ? x.shifts.map((s) => `${num(s.value, 4)} at ${num(s.ms)} ms (\`${s.elements.join('`, `')}\`)`).join('; ')
      : 'none';
    return `| ${label} | ${lcp} | ${shifts} |`;
  };
  return [
    '| page | largest paint | layout shifts |',
    '|---|---|---|',
    line('app, 1280×800', p?.app),
    line('app, 412×823', p?.phone),
    line('floor, 1280×800', p?.floor),
  ].join('\n');
}

function failingAudits(lh) {
  const lines = [];
  for (const page of ['app', 'floor'])
    for (const preset of ['mobile', 'desktop']) {
      const failing = lh?.[page]?.[preset]?.failing ?? [];
      if (failing.length) lines.push(`- ${page}, ${preset}: ${failing.join(', ')}`);
    }
  return lines.length
    ? `Audits below full score (a11y, BP, SEO):\n\n${lines.join('\n')}`
    : 'No accessibility, best-practices or SEO audit below full score.';
}

function clickLine(c) {
  if (!c) return '–';
  const timeouts = c.timeouts ? `, ${c.timeouts} timed out` : '';
  const n = c.samples.length;
  return `${num(c.median, 1)} ms median, ${num(c.p90, 1)} ms p90 (${n} click${n === 1 ? '' : 's'}${timeouts}; method: ${c.method})`;
}

function loadLine(l) {
  if (!l) return '–';
  if (l.timedOut) return 'timed out';
  const canvases = l.canvases ? `, ${l.canvases} canvas${l.canvases === 1 ? '' : 'es'}` : '';
  return `${num(l.ms)} ms (${num(l.markers)} deposit markers in the DOM${canvases}, ${num(l.domNodes)} DOM elements)`;
}

/** A warning when other work kept the machine busy: its load average above its number of CPUs. */
function busyWarning(r) {
  const peak = Math.max(r.loadavg.start[0], r.loadavg.peak ?? 0);
  return peak > r.cpus
    ? `\n> **The machine was busy** (1-minute load average up to ${num(peak, 1)} on ${r.cpus} CPUs): timings and Lighthouse performance are pessimistic; byte counts are unaffected.\n`
    : '';
}

function comparisonTable(rows) {
  const sign = (d, decimals) => (d === null ? '–' : `${d > 0 ? '+' : ''}${num(d, decimals)}`);
  return table(
    ['number', 'old → new', 'delta'],
    rows.map((r) => [r.label, `${num(r.old, r.decimals)} → ${num(r.new, r.decimals)}`, sign(r.delta, r.decimals)]),
  );
}

/**
 * The comparison with the previous run as a Markdown table.
 * @param {ReturnType<typeof compare>} rows
 * @param {object} previous the previous results (for its date and commit)
 * @returns {string}
 */
export function renderComparison(rows, previous) {
  return `Compared with the previous results (${previous.date}, commit ${String(previous.git?.commit).slice(0, 10)}):\n\n${comparisonTable(rows)}`;
}

/**
 * The whole report as Markdown.
 * @param {object} r this run's results
 * @param {string|null} comparison renderComparison's output, or null for a first run
 * @returns {string}
 */
export function renderMarkdown(r, comparison) {
  const fv = r.firstVisit ?? {};
  const targets = checkTargets(r);
  const mark = (met) => (met === null ? 'not measured' : met ? 'met' : '**not met**');
  const scale = r.scale ?? {};
  const appFiles = (fv.app?.files ?? []).map((f) => `\`${f.path}\` (${f.kind}, ${num(f.gzip)} B gz)`).join(', ');
  return `# Benchmark results

${r.date} · commit ${r.git.commit.slice(0, 10)}${r.git.dirty ? ' (uncommitted changes)' : ''} · Node ${r.node} · Chromium ${r.chromium} · ${num(r.durationS)} s · load average ${r.loadavg.start.join(' ')} at start, ${r.loadavg.end?.join(' ')} at end, 1-minute peak ${num(r.loadavg.peak, 2)} (${r.cpus} CPUs)
${busyWarning(r)}
## First visit (bytes the page fetches before any interaction)

Sizes of the fetched files on disk: raw, gzip -9, brotli q11. Data = .json/.geojson files and the JS chunks that carry data (\`dataset*\`, \`*.gen-*\`).

${bytesTable(fv.app, fv.floor)}

Ratio app / floor: **${num(fv.ratio?.gzip, 2)}×** gzip, **${num(fv.ratio?.brotli, 2)}×** brotli. App requests: ${fv.app?.files.length ?? '–'} files${fv.app?.external.length ? `, plus ${fv.app.external.length} to other hosts` : ''}${fv.app?.missing.length ? `, plus ${fv.app.missing.length} not found (${fv.app.missing.join(', ')})` : ''}; floor: ${fv.floor?.files.length ?? '–'}.

App files: ${appFiles || '–'}.

## Lighthouse 12 (served locally with gzip)

${lighthouseTable(r.lighthouse)}

${failingAudits(r.lighthouse)}

${diagnostics(r.lighthouse)}

${paintLines(r.paints)}

## Timing (desktop viewport 1280×800)

| measure | result |
|---|---|
| Map drawn (6 areas + basemap), app | ${loadLine(r.load?.app)} |
| Map drawn (6 areas + basemap), floor | ${loadLine(r.load?.floor)} |
| Click on an area in the overview → panel | ${clickLine(r.click)} |

Click timing: \`performance.measure\` is the app's own \`select-to-panel\` measure (from its \`select\` mark, set on selection, to the frame after the panel renders); \`click-to-title\` is the fallback, from the click event to the frame after \`#panel-title\` changes.

## Scale: ${num(scale.syntheticDeposits)} synthetic deposits added

Built over the real data plus synthetic deposits at random points inside the areas (not shipped). Each wait is capped; a timeout is reported as such.

| measure | result |
|---|---|
| Data generation + build | ${num(scale.buildS, 1)} s |
| First visit, gzip (data) | ${num(scale.firstVisit?.total.gzip)} B (${num(scale.firstVisit?.byKind.data.gzip)} B) |
| Map drawn (6 areas + basemap) | ${loadLine(scale.load)} |
| Click on an area → panel | ${clickLine(scale.click)} |

## Targets

${table(
  ['target', 'value', 'status'],
  targets.map((t) => [t.target, t.value, mark(t.met)]),
)}
${comparison ? `\n## Change since the previous results\n\n${comparison}\n` : ''}${r.errors?.length ? `\n## Errors\n\n${r.errors.map((e) => `- ${e}`).join('\n')}\n` : ''}`;
}

/**
 * Writes latest.json and latest.md into dir.
 * @param {string} dir bench/results
 * @param {object} results
 * @param {string} markdown
 */
export function writeResults(dir, results, markdown) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.md'), markdown);
}
