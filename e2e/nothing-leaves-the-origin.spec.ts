import { expect, test } from '@playwright/test';
import { parsePage } from './support/site';

const PAGE_TYPES = [
  '/',
  '/zh-hant/',
  '/zh-hans/chapters/causes/',
  '/zh-hant/events/altman-returns/',
  '/zh-hans/people/ilya-sutskever/',
  '/zh-hant/glossary/',
  '/zh-hant/glossary/q-star/',
  '/zh-hant/timeline/',
  '/zh-hans/sources/',
  '/zh-hant/people/',
  '/zh-hant/search/?q=%E5%BE%AE%E8%BB%9F',
  '/zh-hans/no-such-page/',
];

test('no request ever leaves the site: fonts, analytics, CDNs, images, search', async ({ page, baseURL }) => {
  // Every page until the network is idle, then a search: well over the default limit on a busy machine.
  test.setTimeout((PAGE_TYPES.length + 1) * 10_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) {
      foreign.push(`${page.url()} → ${url}`);
      return route.abort();
    }
    return route.continue();
  });
  for (const path of PAGE_TYPES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('Nadella');
  await expect(page.getByRole('dialog').locator('a.search-hit').first()).toBeVisible();
  expect(foreign).toEqual([]);
});

test('every link to another site opens without handing it the reader (rel="noopener noreferrer")', async ({ request }) => {
  const offenders: string[] = [];
  for (const path of PAGE_TYPES.slice(1, -2)) {
    for (const { href, rel, html } of parsePage(await (await request.get(path)).text()).links) {
      if (/^https?:\/\//.test(href) && !(rel.includes('noopener') && rel.includes('noreferrer'))) offenders.push(`${path}: ${html}`);
    }
  }
  expect(offenders).toEqual([]);
});

test('each page declares a Content-Security-Policy without unsafe-inline scripts', async ({ request }) => {
  for (const path of PAGE_TYPES.slice(0, -1)) {
    const csp = parsePage(await (await request.get(path)).text()).policy;
    expect(csp, path).toBeDefined();
    const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(csp).toContain("default-src 'self'");
  }
});
