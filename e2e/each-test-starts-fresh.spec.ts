// The suite reuses one browser context per worker (playwright.config.ts, `reuseContext`). This spec proves
// that a test still starts as a new reader would: nothing the site remembers (localStorage: the script,
// the time zone, the theme) and nothing a spec changes (media emulation, viewport, routes) carries over.
import { expect, test } from '@playwright/test';

test.describe.configure({ mode: 'serial' });

test('a test that changes everything it can', async ({ page }) => {
  await page.goto('/zh-hant/');
  await page.evaluate(() => {
    localStorage.setItem('script', 'zh-hans');
    localStorage.setItem('zone', 'Asia/Taipei');
    localStorage.setItem('theme', 'dark');
    sessionStorage.setItem('left', 'behind');
  });
  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await page.setViewportSize({ width: 500, height: 500 });
  await page.route('**/zh-hant/', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: 'routed' }));
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
});

test('the next test in the same worker finds none of it', async ({ page }) => {
  expect(page.url()).toBe('about:blank');
  await page.goto('/zh-hant/');
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }))).toEqual({ local: 0, session: 0 });
  expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(false);
  expect(await page.evaluate(() => matchMedia('print').matches)).toBe(false);
  expect(page.viewportSize()).toEqual({ width: 1280, height: 720 });
});
