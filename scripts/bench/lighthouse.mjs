/** Lighthouse 12 (npm package) against a local URL, in a Chromium it launches and always kills. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { CHROMIUM_ARGS } from '../find-chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/** Items of an audit's table, or none where the audit has no details. */
const items = (audit) => audit?.details?.items ?? [];
const shortUrl = (url) => String(url).replace(/^https?:\/\/[^/]+\//, '');

/**
 * Lighthouse's own diagnostics of a run: the largest-paint element and the phases of its time, the
 * render-blocking resources, and the longest main-thread tasks with the script they ran.
 */
function diagnose(audits) {
  const lcp = audits['largest-contentful-paint-element']?.details?.items ?? [];
  const node = items(lcp[0])[0]?.node;
  const phases = Object.fromEntries(items(lcp[1]).map((p) => [p.phase, Math.round(p.timing)]));
  return {
    lcpElement: node ? { selector: node.selector, snippet: node.snippet } : null,
    lcpPhases: phases,
    renderBlocking: items(audits['render-blocking-resources']).map((i) => ({
      url: shortUrl(i.url),
      wastedMs: Math.round(i.wastedMs ?? 0),
    })),
    // All of them (the report shows the longest five): the targets look at those after the first paint.
    longTasks: items(audits['long-tasks']).map((t) => ({
      url: shortUrl(t.url),
      startMs: Math.round(t.startTime),
      ms: Math.round(t.duration),
    })),
  };
}

/**
 * Runs Lighthouse once and returns the scores (0–100), the key metrics, what delays the largest
 * paint and blocks the main thread, and the audits that did not pass in the non-performance categories.
 * @param {string} url
 * @param {{ preset: 'mobile'|'desktop', chromePath: string }} options
 * @returns {Promise<{ scores: Record<string, number>, lcpMs: number, tbtMs: number, cls: number, fcpMs: number, totalByteWeight: number, failing: string[], benchmarkIndex: number }>}
 */
export async function runLighthouse(url, { preset, chromePath }) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    const { categories, audits, runtimeError, environment } = result.lhr;
    if (runtimeError) throw new Error(`Lighthouse: ${runtimeError.code}: ${runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c].score ?? 0) * 100)]));
    const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
      categories[c].auditRefs
        .filter((ref) => ref.weight > 0 && audits[ref.id].score !== null && audits[ref.id].score < 1)
        .map((ref) => `${c}: ${ref.id}`),
    );
    const metric = (id) => audits[id].numericValue;
    return {
      ...diagnose(audits),
      scores,
      fcpMs: Math.round(metric('first-contentful-paint')),
      lcpMs: Math.round(metric('largest-contentful-paint')),
      tbtMs: Math.round(metric('total-blocking-time')),
      cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
      totalByteWeight: metric('total-byte-weight'),
      failing,
      // Lighthouse's CPU benchmark of the machine at the time: lower means a busier or slower machine.
      benchmarkIndex: environment.benchmarkIndex,
    };
  } finally {
    chrome.kill();
  }
}
