/**
 * Finds a Chromium for the browser tests, in this order: Playwright's own, a system Chromium,
 * then an install (Playwright's download where reachable, else Debian's package when root on
 * Debian). Prints the path, or stops with a message saying what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Flags for a headless Chromium here: root needs --no-sandbox, and the closed network wants no calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const SYSTEM = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

async function playwrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

function systemChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  return SYSTEM.find((p) => existsSync(p)) ?? null;
}

function log(message) {
  process.stderr.write(`[browser] ${message}\n`);
}

function tryPlaywrightInstall() {
  log('no Chromium found; trying Playwright’s own download…');
  const r = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 180_000 });
  return r.status === 0;
}

function tryDebianInstall() {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get') || !existsSync('/etc/debian_version')) return false;
  log('installing Debian’s chromium package…');
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return true;
  } catch {
    return false;
  }
}

export async function findChromium({ install = true } = {}) {
  const found = (await playwrightChromium()) ?? systemChromium();
  if (found || !install) return found;
  if (tryPlaywrightInstall()) {
    const p = await playwrightChromium();
    if (p) return p;
  }
  if (tryDebianInstall()) return systemChromium();
  return null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = await findChromium();
  if (!path) {
    console.error(
      'No Chromium found and none could be installed.\n' +
        'Install one, then run the tests again:\n' +
        '  npx playwright install chromium        (where Playwright’s download is reachable)\n' +
        '  sudo apt-get install chromium          (Debian or Ubuntu)\n' +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
    process.exit(1);
  }
  console.log(path);
}
