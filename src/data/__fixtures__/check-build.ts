/**
 * Runs the data build's check (`scripts/build-data.ts --check`) over a data folder written for a
 * test, as the build would: the exit code and what it printed on stderr.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** Each case starts a build in a child process; on a busy machine that takes seconds. */
export const BUILD_TIMEOUT = 30_000;

/** The check's exit code and its stderr, for the data folder `dir` (which holds `data/`). */
export function checkBuild(dir: string): { code: number; stderr: string } {
  try {
    execFileSync('node_modules/.bin/tsx', ['scripts/build-data.ts', '--check', '--data-dir', dir], { stdio: 'pipe' });
    return { code: 0, stderr: '' };
  } catch (e) {
    const err = e as { status: number; stderr: Buffer };
    return { code: err.status, stderr: err.stderr.toString() };
  }
}

/** A maker of temporary folders named `prefix…`, all removed after the suite that calls it. */
export function tempDirs(prefix: string): () => string {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    dirs.push(dir);
    return dir;
  };
}
