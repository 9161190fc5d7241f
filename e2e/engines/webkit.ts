/**
 * WebKitGTK, the engine closest to Safari that runs here: its WebDriver (WebKitWebDriver) starts
 * MiniBrowser, which has no headless mode, so both run inside a virtual X display (xvfb-run).
 * The driver cannot read the console: errors come from the proxy's watcher (proxy.ts).
 */
import { spawn } from 'node:child_process';
import { Builder, Origin, By, type WebDriver } from 'selenium-webdriver';
import type { EngineDriver, EngineLaunch } from './driver';
import { freePort, waitForHttp } from './net';

export type WebKitPaths = { webDriver: string; miniBrowser: string; xvfbRun: string };

export async function launchWebKit(
  paths: WebKitPaths,
  { proxyPort, width, height }: EngineLaunch,
): Promise<EngineDriver> {
  const port = await freePort();
  // A process group of its own, so closing ends xvfb-run, Xvfb and the driver together.
  const server = spawn(
    paths.xvfbRun,
    ['-a', '-s', '-screen 0 1920x1200x24', paths.webDriver, `--port=${port}`, '--host=127.0.0.1'],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  const stop = () => {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  let driver: WebDriver;
  try {
    await waitForHttp(`http://127.0.0.1:${port}/status`, 60_000);
    driver = await new Builder()
      .usingServer(`http://127.0.0.1:${port}`)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] },
        // Everything, 127.0.0.1 included, through the test's proxy (see proxy.ts).
        proxy: { proxyType: 'manual', httpProxy: `127.0.0.1:${proxyPort}`, sslProxy: `127.0.0.1:${proxyPort}` },
        timeouts: { pageLoad: 90_000, script: 90_000 },
      })
      .build();
    await driver.manage().window().setRect({ width, height });
  } catch (e) {
    stop();
    throw e;
  }

  return {
    name: 'WebKit',
    errors: [],
    external: [],
    async open(url) {
      await driver.get(url);
    },
    async evaluate<T>(body: string, frame?: string) {
      if (!frame) return (await driver.executeScript(body)) as T;
      await driver.switchTo().frame(await driver.findElement(By.css(frame)));
      try {
        return (await driver.executeScript(body)) as T;
      } finally {
        await driver.switchTo().defaultContent();
      }
    },
    async click(x, y) {
      await driver
        .actions({ async: true })
        .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
        .click()
        .perform();
    },
    async close() {
      try {
        await driver.quit();
      } finally {
        stop();
      }
    },
  };
}
