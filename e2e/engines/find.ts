/**
 * Finds Firefox and WebKit for the engine tests, installing Debian's packages where they are
 * missing and this is Debian run as root. Anything still missing is reported by run.ts.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { WebKitPaths } from './webkit';

/** The Debian packages each engine needs. */
export const PACKAGES = {
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
} as const;

function onPath(name: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

export function findFirefox(): string | null {
  const env = process.env.FIREFOX_PATH;
  if (env && existsSync(env)) return env;
  return onPath('firefox-esr') ?? onPath('firefox');
}

const MINIBROWSER = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.0/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.0/MiniBrowser',
];

export function findWebKit(): WebKitPaths | null {
  const webDriver = onPath('WebKitWebDriver');
  const xvfbRun = onPath('xvfb-run');
  const miniBrowser = process.env.MINIBROWSER_PATH ?? MINIBROWSER.find((p) => existsSync(p));
  return webDriver && xvfbRun && miniBrowser ? { webDriver, xvfbRun, miniBrowser } : null;
}

/** Installs Debian packages when this is Debian and we are root; false where that is not possible or fails. */
export function installDebian(packages: readonly string[]): boolean {
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!root || !existsSync('/usr/bin/apt-get') || !existsSync('/etc/debian_version')) return false;
  process.stderr.write(`[engines] installing Debian's ${packages.join(', ')}…\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      stdio: 'inherit',
      env,
    });
    return true;
  } catch {
    return false;
  }
}
