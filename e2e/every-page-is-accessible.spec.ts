import { expect, test } from '@playwright/test';
import { axe } from './support/axe';
import { axeWalkPages, expectSound, kind, simplifiedSamples, sitemap, watchForErrors } from './support/page-walk';
import { slices } from './support/site';

/** Generous for a busy two-core laptop (about 2.5 s a page there); a slice that exceeds it names its pages. */
const SECONDS_PER_PAGE = 12;

test.describe.configure({ mode: 'parallel' });

// The page walk's checks ride along: these pages are loaded here, so every-page-is-sound.spec.ts loads
// only the others (support/page-walk.ts).
// Slices of at most 20 pages, as even as they come.
const sliceSize = Math.ceil(axeWalkPages.length / Math.ceil(axeWalkPages.length / 20));
for (const slice of slices(axeWalkPages, sliceSize)) {
  test(`no axe-core WCAG 2.2 AA violation, one h1, its lang, a title, no errors: ${slice[0]} … ${slice.at(-1)}`, async ({ page }) => {
    test.setTimeout(slice.length * SECONDS_PER_PAGE * 1000);
    const problems = watchForErrors(page);
    const violations: string[] = [];
    for (const path of slice) {
      await page.goto(path);
      await expectSound(page, path);
      const result = await axe(page).analyze();
      for (const v of result.violations) violations.push(`${path}: ${v.id} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')}`);
    }
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('no axe-core WCAG 2.2 AA violation on a page of search results and on the 404 page', async ({ page }) => {
  test.setTimeout(2 * SECONDS_PER_PAGE * 1000);
  const violations: string[] = [];
  for (const path of ['/zh-hant/search/?q=Altman', '/zh-hant/no-such-page/']) {
    await page.goto(path);
    const result = await axe(page).analyze();
    for (const v of result.violations) violations.push(`${path}: ${v.id} (${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')}`);
  }
  expect(violations).toEqual([]);
});

test('the walk covers every Traditional page and each kind of Simplified page', () => {
  expect(sitemap.length).toBeGreaterThan(100);
  expect(axeWalkPages.filter((p) => p.startsWith('/zh-hant/')).length).toBe(sitemap.length / 2);
  expect(new Set(simplifiedSamples.map(kind))).toEqual(new Set(sitemap.map(kind)));
});

// Dark mode has its own colours: the pages where they meet the most kinds of text and mark.
for (const path of [
  '/zh-hant/',
  '/zh-hant/chapters/process/',
  '/zh-hant/timeline/',
  '/zh-hans/events/altman-fired/',
  '/zh-hant/people/sam-altman/',
]) {
  test(`in dark mode, no violation: ${path}`, async ({ page }) => {
    test.setTimeout(SECONDS_PER_PAGE * 3 * 1000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    await expect(page.locator('html')).toHaveCSS('background-color', 'rgb(21, 24, 28)');
    const result = await axe(page).analyze();
    expect(result.violations.map((v) => `${path}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  });
}

test('the open search dialog with results has no violation', async ({ page }) => {
  await page.goto('/zh-hans/');
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('董事会');
  await expect(page.getByRole('dialog').locator('a.search-hit').first()).toBeVisible();
  const result = await axe(page).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
});
