import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './e2e/support/find-chromium';

/**
 * The built site is served by real static servers: `serve` (npm) and nginx with deploy/nginx.conf, at the
 * root (dist/) and under a sub-path (dist-subpath/retro/, built with BASE_PATH=/retro/). The whole suite
 * runs against `serve` at the root; the hosting spec runs against every server.
 */
// E2E_PORT_BASE moves all four servers, so two checkouts can run their suites side by side without one
// reusing the other's server (and so testing the other's build).
const portBase = Number(process.env.E2E_PORT_BASE ?? 4400);
const port = (offset: number) => portBase + offset;
const servers = {
  serve: { port: port(0), base: '/', command: `npx serve dist -l tcp://127.0.0.1:${port(0)} --no-clipboard --no-request-logging` },
  nginx: { port: port(1), base: '/', command: `node e2e/support/nginx.mjs dist ${port(1)} /` },
  'nginx-subpath': { port: port(2), base: '/retro/', command: `node e2e/support/nginx.mjs dist-subpath ${port(2)} /retro/` },
  'serve-subpath': {
    port: port(3),
    base: '/retro/',
    command: `npx serve dist-subpath -l tcp://127.0.0.1:${port(3)} --no-clipboard --no-request-logging`,
  },
};

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: findChromium(),
    // Root in CI and a closed network: no sandbox, and no background calls to Google's services.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
};

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  // One worker per core; every wait is on state, with room for a busy laptop (the default 5 s is not).
  workers: Math.max(1, Math.min(4, availableParallelism())),
  expect: { timeout: 15_000 },
  reporter: 'list',
  // One browser context per worker, reset between tests, instead of a new one per test: here a new context
  // and its first page cost Chromium about 0.45 s of CPU, a quarter of the suite's (measured in paired
  // runs: 327 → 251 s). The reset clears cookies, cache, localStorage and IndexedDB (all the state this
  // site keeps), routes, init scripts and extra pages, and re-applies viewport and emulation;
  // e2e/each-test-starts-fresh.spec.ts proves it for what the site and the specs touch. A test that
  // grants permissions or goes offline makes a context of its own, as do the phone and no-JavaScript tests.
  use: { reuseContext: true },
  projects: Object.entries(servers).map(([name, { port, base }]) => ({
    name,
    testMatch: name === 'serve' ? '**/*.spec.ts' : '**/hosting-*.spec.ts',
    use: { ...browser, baseURL: `http://127.0.0.1:${port}${base}` },
  })),
  webServer: Object.values(servers).map(({ port, base, command }) => ({
    command,
    url: `http://127.0.0.1:${port}${base}zh-hant/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  })),
});
