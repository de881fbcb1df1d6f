import { expect, test } from '@playwright/test';
import { axe } from './support/axe';
import { builtSitemapPaths, slices } from './support/site';

/** Generous for a busy two-core laptop (about 2.5 s a page there); a slice that exceeds it names its pages. */
const SECONDS_PER_PAGE = 12;

test.describe.configure({ mode: 'parallel' });

const sitemap = builtSitemapPaths();
/** A page's kind, i.e. its template: `people/*` for a profile, `people/` for the list, `` for home … */
const kind = (path: string) =>
  path
    .split('/')
    .slice(2)
    .map((part, i) => (i === 1 && part ? '*' : part))
    .join('/');
/**
 * Every Traditional page, and one Simplified page of each kind. A Simplified page is its Traditional
 * twin with the wording converted: "both scripts have the same pages, each with the same structure" in
 * simplified-edition-is-complete.spec.ts proves that for every page, so what axe checks (roles, names,
 * contrast, landmarks, the lang attribute) would find the same on both, at twice the time.
 */
const simplifiedSamples = [...new Map(sitemap.filter((p) => p.startsWith('/zh-hans/')).map((p) => [kind(p), p] as const)).values()];
const paths = [
  ...sitemap.filter((p) => !p.startsWith('/zh-hans/')),
  ...simplifiedSamples,
  '/zh-hant/search/?q=Altman',
  '/zh-hant/no-such-page/',
];
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

test('the walk covers every Traditional page and each kind of Simplified page', () => {
  expect(sitemap.length).toBeGreaterThan(100);
  expect(paths.filter((p) => p.startsWith('/zh-hant/') && !p.includes('?') && !p.includes('no-such-page')).length).toBe(sitemap.length / 2);
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
