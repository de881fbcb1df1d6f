import { expect, test } from '@playwright/test';

test('switching script keeps the page and the #anchor, and is remembered for the home page', async ({ page }) => {
  await page.goto('/zh-hant/chapters/process/');
  const anchor = await page.locator('.prose h2[id]').nth(1).getAttribute('id');
  await page.goto(`/zh-hant/chapters/process/#${anchor}`);
  await page.getByRole('navigation', { name: '繁簡切換' }).getByRole('link', { name: '简' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-hans/chapters/process/#${encodeURIComponent(anchor!).replace(/[()]/g, '\\$&')}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();

  await page.goto('/');
  await expect(page).toHaveURL(/\/zh-hans\/$/);

  await page.getByRole('navigation', { name: '简繁切换' }).getByRole('link', { name: '繁' }).click();
  await expect(page).toHaveURL(/\/zh-hant\/$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/zh-hant\/$/);
});

for (const [locale, script] of [
  ['zh-CN', 'zh-hans'],
  ['zh-SG', 'zh-hans'],
  ['zh-TW', 'zh-hant'],
  ['zh-HK', 'zh-hant'],
  ['en-US', 'zh-hant'],
] as const) {
  test(`a first visit from a ${locale} browser lands on ${script}`, async ({ browser }) => {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(new RegExp(`/${script}/$`));
    await context.close();
  });
}

test('without JavaScript the root offers both scripts', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('link', { name: '繁體中文' })).toHaveAttribute('href', '/zh-hant/');
  await expect(page.getByRole('link', { name: '简体中文' })).toHaveAttribute('href', '/zh-hans/');
  await context.close();
});
