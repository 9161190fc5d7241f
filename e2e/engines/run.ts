/**
 * The smoke scenario (smoke.ts) in Firefox and in WebKit, against the built app (run `npm run build` first).
 *
 *   tsx e2e/engines/run.ts [firefox] [webkit]
 *
 * Each engine found (or installed: find.ts) runs every step in one browser. An engine that is missing
 * and cannot be installed is reported and left out, except under CI=true, where that is a failure.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { EngineDriver } from './driver';
import { findFirefox, findWebKit, installDebian, PACKAGES } from './find';
import { launchFirefox } from './firefox';
import { freePort, waitForHttp } from './net';
import { startProxy, type Proxy } from './proxy';
import { PHONE_SMOKE, SMOKE, type Step } from './smoke';
import { launchWebKit } from './webkit';

type Engine = 'firefox' | 'webkit';
const ENGINES: Engine[] = ['firefox', 'webkit'];
const CI = process.env.CI === 'true' || process.env.CI === '1';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
/** Each pass: a browser opened at its size, and the steps run in it. */
const PASSES: { viewport: typeof DESKTOP; steps: Step[] }[] = [
  { viewport: DESKTOP, steps: SMOKE },
  { viewport: PHONE, steps: PHONE_SMOKE },
];

const wanted = process.argv.slice(2).filter((a): a is Engine => (ENGINES as string[]).includes(a));
const engines = wanted.length ? wanted : ENGINES;

function log(message: string) {
  process.stdout.write(`[engines] ${message}\n`);
}

function find(engine: Engine) {
  return engine === 'firefox' ? findFirefox() : findWebKit();
}

function start(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
}

async function launch(engine: Engine, proxy: Proxy, viewport: typeof DESKTOP): Promise<EngineDriver> {
  const options = { proxyPort: proxy.port, ...viewport };
  if (engine === 'firefox') return launchFirefox(findFirefox()!, options);
  return launchWebKit(findWebKit()!, options);
}

/** Runs every step of a pass in one engine opened at the pass's size; returns the failures. */
async function runEngine(
  engine: Engine,
  proxy: Proxy,
  app: string,
  host: string,
  { viewport, steps }: (typeof PASSES)[number],
): Promise<string[]> {
  const failures: string[] = [];
  const t0 = Date.now();
  let driver: EngineDriver;
  try {
    driver = await launch(engine, proxy, viewport);
  } catch (e) {
    return [`${engine}: could not start: ${String(e)}`];
  }
  log(`${driver.name} started at ${viewport.width}×${viewport.height} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  try {
    for (const step of steps) {
      const started = Date.now();
      const before = {
        errors: proxy.errors.length,
        engine: driver.errors.length,
        external: proxy.external.length,
        engineExternal: driver.external.length,
      };
      let failure: string | null = null;
      try {
        await step.run({ driver, proxy, app, host });
      } catch (e) {
        failure = e instanceof Error ? e.message : String(e);
      }
      const external = [...proxy.external.slice(before.external), ...driver.external.slice(before.engineExternal)];
      const errors = [
        ...proxy.errors.slice(before.errors).map((e) => `${e.kind} on ${e.page}: ${e.text}`),
        ...driver.errors.slice(before.engine),
      ];
      if (!failure && external.length) failure = `requests left this machine: ${external.join(', ')}`;
      if (!failure && errors.length && !step.expectsErrors) failure = `page errors:\n      ${errors.join('\n      ')}`;
      const time = `${((Date.now() - started) / 1000).toFixed(1)} s`;
      if (failure) {
        failures.push(`${driver.name}: ${step.name}: ${failure}`);
        log(`✘ ${driver.name}: ${step.name} (${time})\n    ${failure}`);
      } else log(`✓ ${driver.name}: ${step.name} (${time})`);
    }
  } finally {
    await driver.close().catch(() => undefined);
  }
  return failures;
}

async function main(): Promise<number> {
  if (!existsSync('dist/index.html')) {
    log('no build in dist/: run `npm run build` first');
    return 1;
  }
  const missing: Engine[] = [];
  const present: Engine[] = [];
  for (const engine of engines) {
    if (!find(engine) && !(installDebian(PACKAGES[engine]) && find(engine))) missing.push(engine);
    else present.push(engine);
  }
  for (const engine of missing)
    log(
      `${engine === 'firefox' ? 'Firefox' : 'WebKit'} is not installed and could not be installed: its tests did NOT run.\n` +
        `    Install Debian's ${PACKAGES[engine].join(' and ')} (sudo apt-get install ${PACKAGES[engine].join(' ')})` +
        (engine === 'firefox' ? ', or set FIREFOX_PATH to a Firefox.' : ', with MiniBrowser (libwebkit2gtk).'),
    );
  if (missing.length && CI) {
    log('CI needs every engine: failing.');
    return 1;
  }
  if (!present.length) return 0;

  const [appPort, hostPort] = [await freePort(), await freePort()];
  const servers = [
    start('node_modules/.bin/vite', ['preview', '--port', String(appPort), '--strictPort', '--host', '127.0.0.1']),
    start(process.execPath, ['e2e/host-server.mjs'], { HOST_PORT: String(hostPort) }),
  ];
  const proxy = await startProxy();
  try {
    const app = `http://127.0.0.1:${appPort}/`;
    const host = `http://localhost:${hostPort}`;
    await Promise.all([
      waitForHttp(app, 60_000),
      waitForHttp(`${host.replace('localhost', '127.0.0.1')}/health`, 60_000),
    ]);
    const failures: string[] = [];
    // One engine at a time: two browsers at once overload a 2-core machine.
    for (const engine of present)
      for (const pass of PASSES) failures.push(...(await runEngine(engine, proxy, app, host, pass)));
    if (failures.length) {
      log(`${failures.length} failed:\n  ${failures.join('\n  ')}`);
      return 1;
    }
    log(`all steps passed in ${present.join(' and ')}${missing.length ? ` (not run: ${missing.join(', ')})` : ''}`);
    return 0;
  } finally {
    await proxy.close();
    for (const s of servers) s.kill();
  }
}

process.exitCode = await main();
