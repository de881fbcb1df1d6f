import { expect, test, type Page } from '@playwright/test';
import { slices } from './site';

export type QueryCase = [script: 'zh-hant' | 'zh-hans', query: string, expected: string];

/** The result paths the search page lists for a query, in order. */
export async function searchPagePaths(page: Page, script: string, query: string): Promise<string[]> {
  await page.goto(`/${script}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-ready]').waitFor();
  return page.locator('[data-search-page] a.search-hit').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * One test per slice of queries (they run in parallel, each with its own time limit): every expected page
 * in the top three, and no result from the other script.
 */
export function expectEachInTopThree(cases: readonly QueryCase[], size = 10) {
  for (const slice of slices([...cases], size)) {
    test(`in the top three: ${slice.map(([, query]) => query).join(' ')}`, async ({ page }) => {
      // A few seconds a query on a busy machine: each loads the search page and its index afresh.
      test.setTimeout(slice.length * 10_000);
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
