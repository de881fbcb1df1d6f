import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtSitemapPaths, slices } from './support/site';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Generous for a busy two-core laptop (about 2.5 s a page there); a slice that exceeds it names its pages. */
const SECONDS_PER_PAGE = 12;

// Only violations are collected: axe skips detailing every passing and incomplete node.
const axe = (page: Page) => new AxeBuilder({ page }).withTags(WCAG_22_AA).options({ resultTypes: ['violations'] });

test.describe.configure({ mode: 'parallel' });

const paths = [...builtSitemapPaths(), '/zh-hant/search/?q=Altman', '/zh-hant/no-such-page/'];
for (const slice of slices(paths, 20)) {
  test(`no axe-core WCAG 2.2 AA violation: ${slice[0]} … ${slice.at(-1)}`, async ({ page }) => {
    test.setTimeout(slice.length * SECONDS_PER_PAGE * 1000);
    const violations: string[] = [];
    for (const path of slice) {
      await page.goto(path);
      const result = await axe(page).analyze();
      for (const v of result.violations) violations.push(`${path}: ${v.id} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(violations).toEqual([]);
  });
}

test('the sitemap lists every page the walk covers', () => {
  expect(paths.length).toBeGreaterThan(100);
});

test('the open search dialog with results has no violation', async ({ page }) => {
  await page.goto('/zh-hans/');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('董事会');
  await expect(page.getByRole('dialog').locator('a.search-hit').first()).toBeVisible();
  const result = await axe(page).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
