// Run against every server in playwright.config.ts: `serve` and nginx, at the root and under /retro/.
import { expect, test } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { headlineHours } from './support/documentary';

test('a reader can read, switch script and search, and every link stays under the base path', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  await page.goto('zh-hant/');
  await expect(page.getByTestId('headline-hours')).toHaveText(String(headlineHours()));
  const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(20);
  expect(hrefs.filter((h) => !h.startsWith(base))).toEqual([]);

  await page.locator('.card-list a').first().click();
  await expect(page).toHaveURL(new RegExp(`${base}zh-hant/chapters/process/$`));
  await page.getByRole('navigation', { name: '繁簡切換' }).getByRole('link', { name: '简' }).click();
  await expect(page).toHaveURL(new RegExp(`${base}zh-hans/chapters/process/$`));
  await page.waitForLoadState();
  // The stylesheet loaded under the base path (it sets the body's margin to 0).
  expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px');

  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('Altman');
  // The first query downloads the index and its WebAssembly; allow for a slow machine.
  await expect(page.getByRole('dialog').locator('a.search-hit').first()).toHaveAttribute('href', `${base}zh-hans/people/sam-altman/`, {
    timeout: 15_000,
  });
});

test('the root sends readers to their script under the base path', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'zh-CN', baseURL });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page).toHaveURL(new RegExp(`${new URL(baseURL!).pathname}zh-hans/$`));
  await context.close();
});

/** The page's h1 as read (word breaks such as <wbr> are markup, not text). */
const headingOf = (html: string) => DomUtils.textContent(DomUtils.getElementsByTagName('h1', parseDocument(html).children));

test('directory URLs work with and without their trailing slash, and via index.html', async ({ request }) => {
  for (const path of ['zh-hant/timeline/', 'zh-hant/timeline', 'zh-hant/timeline/index.html']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(headingOf(await response.text()), path).toBe('時間軸');
  }
  expect([200, 301, 302, 308]).toContain((await request.get('zh-hant/timeline', { maxRedirects: 0 })).status());
});

test('canonical, hreflang and sitemap URLs name the site and its base path', async ({ request, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  // Both builds name https://example.org as their origin (npm run build:e2e, npm run build:subpath).
  const site = `https://example.org${base}`;
  const html = await (await request.get('zh-hant/events/altman-fired/')).text();
  expect(html).toContain(`<link rel="canonical" href="${site}zh-hant/events/altman-fired/">`);
  expect(html).toContain(`hreflang="zh-Hans" href="${site}zh-hans/events/altman-fired/"`);
  const index = await (await request.get('sitemap-index.xml')).text();
  expect(index).toContain(`<loc>${site}sitemap-0.xml</loc>`);
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  expect(sitemap).toContain(`<loc>${site}zh-hans/people/sam-altman/</loc>`);
});

test('an unknown URL gets a 404 status and, where the server knows the 404 page, ours', async ({ request }, testInfo) => {
  const response = await request.get('zh-hant/no-such-page/');
  expect(response.status()).toBe(404);
  // `serve` looks for 404.html at the root of what it serves, which under a sub-path is not the site's.
  if (testInfo.project.name !== 'serve-subpath') expect(await response.text()).toContain('找不到這一頁');
});

test('nginx sends the security headers of deploy/nginx.conf; dist/ carries the same in _headers', async ({ request }, testInfo) => {
  const headers = await request.get('_headers');
  expect(headers.status()).toBe(200);
  const rules = await headers.text();
  for (const header of ['Content-Security-Policy', 'X-Frame-Options', 'Referrer-Policy', 'X-Content-Type-Options', 'Permissions-Policy']) {
    expect(rules).toContain(`${header}:`);
  }
  test.skip(!testInfo.project.name.startsWith('nginx'), 'only nginx is configured to send headers');
  const page = await request.get('zh-hant/');
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(page.headers()['x-frame-options']).toBe('DENY');
  expect(page.headers()['permissions-policy']).toContain('camera=()');
});

for (const { script, lang, title, other, otherTitle } of [
  { script: 'zh-hans', lang: 'zh-Hans', title: '找不到这一页', other: 'zh-hant', otherTitle: '找不到這一頁' },
  { script: 'zh-hant', lang: 'zh-Hant', title: '找不到這一頁', other: 'zh-hans', otherTitle: '找不到这一页' },
]) {
  test(`a missing ${script} address gets the 404 in its own script, every link alive, and the script switch works`, async ({
    page,
    request,
    baseURL,
  }, testInfo) => {
    // `serve` looks for 404.html at the root of what it serves, which under a sub-path is not the site's.
    test.skip(testInfo.project.name === 'serve-subpath', 'serve has no 404 page of ours under a sub-path');
    const base = new URL(baseURL!).pathname;
    const response = await page.goto(`${script}/no-such-page/`);
    expect(response!.status()).toBe(404);
    // nginx serves the folder's own 404; `serve` the site-wide one, which shows the script's own in place.
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of new Set(hrefs.map((h) => h.split('#')[0]))) {
      expect(href.startsWith(base), href).toBe(true);
      expect((await request.get(href)).status(), href).toBe(200);
    }
    await page.locator('a[data-script-link]').click();
    await expect(page).toHaveURL(new RegExp(`${base}${other}/no-such-page/$`));
    await expect(page.locator('h1')).toHaveText(otherTitle);
    await expect(page.locator('html')).toHaveAttribute('lang', other === 'zh-hans' ? 'zh-Hans' : 'zh-Hant');
  });
}
