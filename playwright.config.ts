import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './e2e/support/find-chromium';

const port = Number(process.env.E2E_PORT ?? 4400);

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: findChromium(),
      // Root in CI and a closed network: no sandbox, and no background calls to Google's services.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    // The built site, served as any static host would (404.html for unknown paths).
    command: `npx serve dist -l tcp://127.0.0.1:${port} --no-clipboard --no-request-logging`,
    url: `http://127.0.0.1:${port}/zh-hant/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
