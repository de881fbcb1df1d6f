import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('every URL in the sitemap, both scripts, has no axe-core WCAG 2.2 AA violation', async ({ page, request }) => {
  test.setTimeout(300_000);
  const paths = [...(await sitemapPaths(request)), '/zh-hant/search/?q=Altman', '/zh-hant/no-such-page/'];
  const violations: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    for (const v of result.violations) violations.push(`${path}: ${v.id} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')}`);
  }
  expect(violations).toEqual([]);
});

test('the open search dialog with results has no violation', async ({ page }) => {
  await page.goto('/zh-hans/');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('董事会');
  await expect(page.getByRole('dialog').locator('a.search-hit').first()).toBeVisible();
  const result = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
