/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { availableParallelism } from 'node:os';
import { dirname, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** Leaflet's selectors for the parts src/map/leaflet-parts.js leaves out, and for browsers it no longer serves. */
const UNUSED_LEAFLET =
  /leaflet-(popup|tooltip|tile|image-layer|control-layers|control-attribution|marker-shadow|marker-draggable|default-icon-path|retina|oldie|vml)|\blvml\b/;

/**
 * Leaflet's stylesheet without the rules for those parts (popups, tooltips, tiles, the layer switcher,
 * attribution, images, old IE): about 1 kB gzip less on every first visit. A rule keeps the selectors
 * that remain; one with none left goes.
 */
function leafletStylesInUse(): Plugin {
  return {
    name: 'leaflet-styles-in-use',
    enforce: 'pre',
    transform(code, id) {
      if (!/leaflet[\\/]dist[\\/]leaflet\.css$/.test(id)) return null;
      return code
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/([^{}]+)(\{[^{}]*\})/g, (rule, selectors: string, body: string) => {
          if (selectors.trim().startsWith('@')) return rule;
          const kept = selectors.split(',').filter((s) => !UNUSED_LEAFLET.test(s));
          return kept.length ? `${kept.join(',')}${body}` : '';
        });
    },
  };
}

/** The benchmark builds the app over another dataset (e.g. 10,000 synthetic deposits) by naming its module here. */
const datasetModule = process.env.DATASET_MODULE;

export default defineConfig({
  plugins: [react(), leafletStylesInUse()],
  resolve: {
    alias: [
      // Leaflet from its own ES modules, without the parts the map never uses (9 kB gzip less).
      { find: /^leaflet$/, replacement: resolve('src/map/leaflet-parts.js') },
      ...(datasetModule
        ? [
            { find: /^\.\/dataset\.gen$/, replacement: resolve(datasetModule) },
            {
              find: /^\.\/deposit-records\.gen\.json/,
              replacement: resolve(dirname(datasetModule), 'deposit-records.gen.json'),
            },
            {
              find: /^\.\/statement-records\.gen\.json/,
              replacement: resolve(dirname(datasetModule), 'statement-records.gen.json'),
            },
            { find: /^\.\/timeline\.gen\.json/, replacement: resolve(dirname(datasetModule), 'timeline.gen.json') },
          ]
        : []),
    ],
  },
  base: './',
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Script only: Leaflet's stylesheet belongs with the page's own, which the entry loads.
            {
              name: 'leaflet',
              test: /node_modules[\\/](leaflet|react-leaflet|@react-leaflet)[\\/].*\.js$|leaflet-parts\.js$/,
            },
            { name: 'dataset', test: /dataset\.gen\.ts$/ },
          ],
        },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // A sandboxed frame has an opaque origin, so even the app's own scripts and data are
    // cross-origin requests there; public/_headers sends the same on a static host.
    cors: { origin: '*' },
    headers: { 'Access-Control-Allow-Origin': '*' },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Generous: on a busy 2-core machine the default 5 s was once too little for a data test.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Vitest's default leaves one core free, i.e. a single worker on two cores; the slow files mostly
    // wait on child processes, so two workers keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
