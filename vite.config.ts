/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The benchmark builds the app over another dataset (e.g. 10,000 synthetic deposits) by naming its module here. */
const datasetModule = process.env.DATASET_MODULE;

export default defineConfig({
  plugins: [react()],
  resolve: datasetModule ? { alias: [{ find: /^\.\/dataset\.gen$/, replacement: resolve(datasetModule) }] } : {},
  base: './',
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
