/** Builds the floor page (bench/floor/): plain Leaflet over the same data, no React, no panel. */
import { resolve } from 'node:path';
import { build } from 'vite';

/**
 * Builds bench/floor/ with Vite's JS API into outDir (emptied first); ignores vite.config.ts.
 * @param {string} repoRoot the repository root
 * @param {string} outDir where the built page goes (outside the repository)
 * @returns {Promise<string>} outDir
 */
export async function buildFloor(repoRoot, outDir) {
  await build({
    root: resolve(repoRoot, 'bench/floor'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  });
  return outDir;
}
