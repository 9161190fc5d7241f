import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './scripts/find-chromium.mjs';
import { APP_PORT, HOST_PORT } from './e2e/ports';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: 'list',
  // Fit for a busy two-core machine, where a page can take seconds to start: a passing test never
  // waits for these, a failing one fails later.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${APP_PORT}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: { executablePath: process.env.CHROMIUM_PATH || undefined, args: CHROMIUM_ARGS },
      },
    },
  ],
  webServer: [
    {
      // Free ports chosen per run (e2e/ports.ts): never a server the tests did not start.
      command: `node_modules/.bin/vite preview --port ${APP_PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${APP_PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Host article pages for the embed tests, on another origin than the app.
      command: 'node e2e/host-server.mjs',
      env: { HOST_PORT: String(HOST_PORT) },
      url: `http://127.0.0.1:${HOST_PORT}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
