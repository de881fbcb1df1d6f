import { expect, type Page } from '@playwright/test';
import { builtSitemapPaths } from './site';

/** Every page of the built site, from its sitemap. */
export const sitemap = builtSitemapPaths();

/** A page's kind, i.e. its template: `people/*` for a profile, `people/` for the list, `` for home … */
export const kind = (path: string) =>
  path
    .split('/')
    .slice(2)
    .map((part, i) => (i === 1 && part ? '*' : part))
    .join('/');

/**
 * The pages axe walks (every-page-is-accessible.spec.ts): every Traditional page, and one Simplified page of
 * each kind. A Simplified page is its Traditional twin with the wording converted: "both scripts have the
 * same pages, each with the same structure" in simplified-edition-is-complete.spec.ts proves that for every
 * page, so what axe checks (roles, names, contrast, landmarks, the lang attribute) would find the same on
 * both, at twice the time. The axe walk checks these pages for soundness too, as it has them loaded; the
 * page walk (every-page-is-sound.spec.ts) loads the rest.
 */
export const simplifiedSamples = [...new Map(sitemap.filter((p) => p.startsWith('/zh-hans/')).map((p) => [kind(p), p] as const)).values()];
export const axeWalkPages = [...sitemap.filter((p) => !p.startsWith('/zh-hans/')), ...simplifiedSamples];

/**
 * Watches `page` for what a reader's browser would report: console errors, uncaught exceptions, failed
 * requests, 4xx and 5xx responses, each named with the page it happened on.
 */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`${page.url()}: console error ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
  // ERR_ABORTED is the test moving on (e.g. a favicon still loading); missing files show up as 4xx below.
  page.on(
    'requestfailed',
    (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && problems.push(`${page.url()}: request failed ${r.url()}`),
  );
  page.on('response', (r) => r.status() >= 400 && problems.push(`${page.url()}: ${r.status()} for ${r.url()}`));
  return problems;
}

/** The loaded page at `path` is sound: the lang of its script, one h1, a title. */
export async function expectSound(page: Page, path: string) {
  const lang = await page.locator('html').getAttribute('lang');
  expect(lang, path).toBe(path.startsWith('/zh-hans/') ? 'zh-Hans' : 'zh-Hant');
  expect(await page.locator('h1').count(), `${path} has one h1`).toBe(1);
  expect((await page.title()).length, `${path} has a title`).toBeGreaterThan(3);
}
