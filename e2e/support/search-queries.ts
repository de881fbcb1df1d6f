import { expect, test, type Page } from '@playwright/test';
import { slices } from './site';

/** A query's time limit on a busy machine: a few seconds, most of it when a walk switches script and loads the page. */
export const SECONDS_PER_QUERY = 10;

export type QueryCase = [script: 'zh-hant' | 'zh-hans', query: string, expected: string];

/**
 * The result paths the search page lists for a query, in order. The first query on a page opens the search
 * page at its address (?q=); later ones in the same script are typed into it, as a reader refines a search,
 * which spares loading the page and its index again for every query.
 */
export async function searchPagePaths(page: Page, script: string, query: string): Promise<string[]> {
  const form = page.locator('[data-search-page]');
  const results = form.locator('.search-results');
  if (new URL(page.url()).pathname.endsWith(`/${script}/search/`) && (await form.getAttribute('data-search-ready')) !== null) {
    const before = await results.getAttribute('data-shown-search');
    await form.getByRole('searchbox').fill(query);
    await expect.poll(() => results.getAttribute('data-shown-search')).not.toBe(before);
  } else {
    await page.goto(`/${script}/search/?q=${encodeURIComponent(query)}`);
    await page.locator('[data-search-ready]').waitFor();
  }
  return results.locator('a.search-hit').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * One test per slice of queries (they run in parallel, each with its own time limit): every expected page
 * in the top three, and no result from the other script.
 */
export function expectEachInTopThree(cases: readonly QueryCase[], size = 10) {
  for (const slice of slices([...cases], size)) {
    test(`in the top three: ${slice.map(([, query]) => query).join(' ')}`, async ({ page }) => {
      test.setTimeout(slice.length * SECONDS_PER_QUERY * 1000);
      const misses: string[] = [];
      for (const [script, query, expected] of slice) {
        const found = await searchPagePaths(page, script, query);
        const wrongScript = found.filter((path) => !path.startsWith(`/${script}/`));
        if (!found.slice(0, 3).includes(`/${script}/${expected}/`) || wrongScript.length) {
          misses.push(
            `${script} "${query}": expected /${script}/${expected}/ in the top 3, got ${found.slice(0, 3).join(' ') || 'nothing'}` +
              (wrongScript.length ? `; other script: ${wrongScript.join(' ')}` : ''),
          );
        }
      }
      expect(misses).toEqual([]);
    });
  }
}
