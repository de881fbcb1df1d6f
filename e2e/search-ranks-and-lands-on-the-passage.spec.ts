// What a reader trusts in search: the page about what they typed first, then the events in which that
// person acts, clean excerpts, and a result that opens at the passage with the words marked.
import { expect, test, type Page } from '@playwright/test';
import { SECONDS_PER_QUERY, searchPagePaths } from './support/search-queries';

interface Hit {
  path: string;
  href: string;
  title: string;
  excerpt: string;
}

async function results(page: Page, script: string, query: string): Promise<Hit[]> {
  await page.goto(`/${script}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-ready]').waitFor();
  return page.locator('[data-search-page] a.search-hit').evaluateAll((links) =>
    links.map((a) => ({
      path: new URL((a as HTMLAnchorElement).href).pathname,
      href: a.getAttribute('href')!,
      title: a.querySelector('.search-hit-title')!.textContent!,
      excerpt: a.querySelector('.search-hit-excerpt')!.textContent!,
    })),
  );
}

type RankingCase = [script: 'zh-hant' | 'zh-hans', query: string, first: string, inTopFive: string[]];

// The profile or term page first, then the events in which the person acts.
const RANKING: RankingCase[] = [
  ['zh-hans', '阿尔特曼', 'people/sam-altman', ['events/altman-fired', 'events/altman-returns']],
  ['zh-hant', '阿特曼', 'people/sam-altman', ['events/altman-fired', 'events/altman-returns']],
  ['zh-hant', 'Altman', 'people/sam-altman', ['events/altman-fired']],
  ['zh-hant', '穆拉提', 'people/mira-murati', ['events/murati-named-interim-ceo']],
  ['zh-hans', '穆拉蒂', 'people/mira-murati', ['events/murati-named-interim-ceo']],
  ['zh-hant', 'Murati', 'people/mira-murati', ['events/murati-named-interim-ceo']],
  ['zh-hans', 'Sutskever', 'people/ilya-sutskever', ['events/ilya-messages-altman']],
  ['zh-hant', '蘇茨克維', 'people/ilya-sutskever', ['events/ilya-messages-altman']],
  ['zh-hant', '納德拉', 'people/satya-nadella', ['events/microsoft-hires-altman']],
  ['zh-hant', 'Nadella', 'people/satya-nadella', ['events/microsoft-hires-altman']],
  ['zh-hant', '希爾', 'people/emmett-shear', ['events/shear-named-ceo']],
  ['zh-hant', '布羅克曼', 'people/greg-brockman', ['events/brockman-removed-from-board']],
  ['zh-hans', '布罗克曼', 'people/greg-brockman', ['events/brockman-removed-from-board']],
  ['zh-hant', '切斯基', 'people/brian-chesky', ['events/chesky-negotiates']],
  ['zh-hant', '超級對齊', 'glossary/superalignment', []],
  ['zh-hant', '743', 'events/letter-signatures', ['events/letter-reaches-97-percent']],
  ['zh-hant', '木雕', 'chapters/causes', ['people/ilya-sutskever']],
];

test(`${RANKING.length} ranking cases: the page about the query first, the events in which they act in the top five`, async ({ page }) => {
  test.setTimeout(RANKING.length * SECONDS_PER_QUERY * 1000);
  const misses: string[] = [];
  for (const [script, query, first, inTopFive] of RANKING) {
    // Typed into the search page one after another, as the query suites do (no reload of page and index).
    const top = (await searchPagePaths(page, script, query)).slice(0, 5);
    const want = (p: string) => `/${script}/${p}/`;
    if (top[0] !== want(first)) misses.push(`${script} "${query}": expected ${want(first)} first, got ${top[0]}`);
    for (const p of inTopFive)
      if (!top.includes(want(p))) misses.push(`${script} "${query}": expected ${want(p)} in the top five, got ${top.join(' ')}`);
  }
  expect(misses).toEqual([]);
});

test('the sources page comes after every event, and no excerpt in the top five shows page fields or UTC', async ({ page }) => {
  test.setTimeout(90_000);
  for (const [script, query] of [
    ['zh-hant', '阿特曼'],
    ['zh-hans', '阿尔特曼'],
    ['zh-hant', '穆拉提'],
    ['zh-hant', '743'],
  ] as const) {
    const hits = await results(page, script, query);
    const sources = hits.findIndex((h) => h.path.endsWith('/sources/'));
    const lastEvent = hits.map((h) => h.path.includes('/events/')).lastIndexOf(true);
    expect(sources === -1 || sources > lastEvent, `${query}: sources after the events`).toBe(true);
    for (const h of hits.slice(0, 5)) {
      expect(h.excerpt, `${query} ${h.path}`).not.toMatch(
        /UTC|太平洋|北京時間|台灣時間|北京时间|主線 #|主线 #|花絮 \d|分鐘讀完|分钟读完|其他譯名|其他译名|\[\d+\]|\. /,
      );
    }
  }
  // A name is marked whole, not character by character.
  await page.goto(`/zh-hant/search/?q=${encodeURIComponent('阿特曼')}`);
  await page.locator('[data-search-ready]').waitFor();
  const marks = await page.locator('[data-search-page] .search-hit-excerpt mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  expect([...new Set(marks)]).toEqual(['阿特曼']);
});

test('a chapter hit is a passage: it names its section and opens there with the words marked, in view', async ({ page }) => {
  const hit = (await results(page, 'zh-hant', '木雕'))[0];
  expect(hit.title).toContain('一尊被燒掉的木雕');
  expect(hit.href).toMatch(/^\/zh-hant\/chapters\/causes\/\?highlight=.+#.+/);
  await page.locator('[data-search-page] a.search-hit').first().click();
  const mark = page.locator('mark.search-highlight').first();
  await expect(mark).toHaveText('木雕');
  await expect(mark).toBeInViewport();
  // The reader can clear the marks; the address keeps its anchor and loses the words.
  await page.getByRole('button', { name: '清除標示' }).click();
  await expect(page.locator('mark.search-highlight')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');
  expect(new URL(page.url()).hash).not.toBe('');
});

test('the words are marked in the page’s script when typed in the other script or in English', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => m.type() === 'error' && /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
  for (const [script, query, shown] of [
    ['zh-hans', '蘇茨克維', '苏茨克维'],
    ['zh-hant', 'Nadella', '納德拉'],
  ] as const) {
    const event = (await results(page, script, query)).find((h) => h.path.includes('/events/'))!;
    await page.goto(event.href);
    await expect(page.locator('mark.search-highlight').first()).toHaveText(shown);
    await expect(page.locator('mark.search-highlight').first()).toBeInViewport();
  }
  expect(violations).toEqual([]);
});

test('a page opened without search words loads no highlighting code', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/zh-hant/chapters/causes/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('highlight'))).toEqual([]);
  await expect(page.locator('mark.search-highlight')).toHaveCount(0);
});
