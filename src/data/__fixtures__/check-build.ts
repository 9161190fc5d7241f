/**
 * Runs the data build's check (`scripts/build-data.ts --check`) over a data folder written for a
 * test, as the build would: the exit code and what it printed on stderr.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll } from 'vitest';

const run = promisify(execFile);

/**
 * Each case starts a build in a child process; on a busy machine that takes seconds, and the cases
 * run side by side (`describe.concurrent`), several children at once.
 */
export const BUILD_TIMEOUT = 60_000;

/** The check's exit code and its stderr, for the data folder `dir` (which holds `data/`). */
export async function checkBuild(dir: string): Promise<{ code: number; stderr: string }> {
  try {
    await run('node_modules/.bin/tsx', ['scripts/build-data.ts', '--check', '--data-dir', dir]);
    return { code: 0, stderr: '' };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
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
