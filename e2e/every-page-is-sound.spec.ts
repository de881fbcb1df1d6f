import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { axeWalkPages, expectSound, sitemap, watchForErrors } from './support/page-walk';
import { parsePage, sitemapPaths, slices } from './support/site';

test.describe.configure({ mode: 'parallel' });

// The pages the axe walk loads get these checks there (every-page-is-accessible.spec.ts); this walk loads
// the rest, so that every page of the sitemap is loaded once and checked.
const paths = sitemap.filter((p) => !axeWalkPages.includes(p));
for (const slice of slices(paths, 30)) {
  test(`one h1, its lang, a title, no errors: ${slice[0]} … ${slice.at(-1)}`, async ({ page }) => {
    test.setTimeout(slice.length * 6_000);
    const problems = watchForErrors(page);
    for (const path of slice) {
      await page.goto(path);
      await expectSound(page, path);
    }
    expect(problems).toEqual([]);
  });
}

test('the built sitemap lists the whole site, and the two walks load every page of it', () => {
  expect(sitemap.length).toBeGreaterThan(100);
  expect(new Set([...paths, ...axeWalkPages])).toEqual(new Set(sitemap));
});

test('an unknown URL gets the 404 page, with the right status', async ({ page }) => {
  const response = await page.goto('/zh-hant/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到這一頁');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
  await expect(page.getByRole('link', { name: '回到首頁' })).toBeVisible();
});

test('each page carries a Content-Security-Policy with only the hashes of inline code it has', async ({ request }) => {
  const paths = await sitemapPaths(request);
  const unused: string[] = [];
  for (const path of [...paths, '/404.html', '/zh-hant/404.html', '/zh-hans/404.html']) {
    const { policy, inlineCode } = parsePage(await (await request.get(path)).text());
    expect(policy, `${path} has a policy`).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    const inline = inlineCode.map((code) => createHash('sha256').update(code).digest('base64'));
    for (const [, hash] of policy!.matchAll(/'sha256-([^']+)'/g)) if (!inline.includes(hash)) unused.push(`${path}: ${hash}`);
  }
  expect(unused).toEqual([]);
});

test('on every page the policy comes first in <head>, before any script, and every inline JSON parses', async ({ request }) => {
  const paths = await sitemapPaths(request);
  const problems: string[] = [];
  for (const path of [...paths, '/404.html', '/zh-hant/404.html', '/zh-hans/404.html']) {
    const { headOrder, inlineJson } = parsePage(await (await request.get(path)).text());
    const policyAt = headOrder.indexOf('meta csp');
    if (policyAt === -1) problems.push(`${path}: no policy in <head>`);
    else if (policyAt !== 1 || headOrder[0] !== 'meta charset')
      problems.push(`${path}: policy is not right after the charset: ${headOrder.slice(0, 3).join(', ')}`);
    const firstScript = headOrder.indexOf('script');
    if (firstScript !== -1 && firstScript < policyAt) problems.push(`${path}: a script comes before the policy`);
    for (const text of inlineJson) {
      try {
        JSON.parse(text);
      } catch {
        problems.push(`${path}: inline JSON does not parse: ${text.slice(0, 80)}`);
      }
    }
  }
  expect(problems).toEqual([]);
});
