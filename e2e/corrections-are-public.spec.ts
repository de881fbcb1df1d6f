// A public corrections log, as newsrooms keep one: reachable from every page's footer and from the sources
// page, newest first, and each corrected page says so and leads to its entry. Generator behaviour only:
// how many corrections this story has is not asserted here.
import { expect, test } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';

for (const [script, words] of [
  ['zh-hant', { log: '更正紀錄', notice: /本[頁條]已更正/, sources: '資料來源' }],
  ['zh-hans', { log: '更正记录', notice: /本[页条]已更正/, sources: '资料来源' }],
] as const) {
  test(`${script}: the footer and the sources page lead to the corrections log`, async ({ page }) => {
    await page.goto(`/${script}/`);
    await page.locator('.site-footer').getByRole('link', { name: words.log }).click();
    await expect(page).toHaveURL(new RegExp(`/${script}/corrections/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.log);

    await page.goto(`/${script}/sources/`);
    await page.getByRole('main').getByRole('link', { name: words.log }).click();
    await expect(page).toHaveURL(new RegExp(`/${script}/corrections/$`));
  });

  test(`${script}: a corrected page says so, and its notice leads to the entry, which leads back`, async ({ page }) => {
    await page.goto(`/${script}/corrections/`);
    const entry = page.locator('.correction-list > li').first();
    const id = await entry.getAttribute('id');
    const firstPage = entry.locator('.correction-facts dd').nth(2).getByRole('link').first();
    await firstPage.click();
    const notice = page.getByTestId('correction-notice').filter({ has: page.locator(`a[href$="/corrections/#${id}"]`) });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(words.notice);
    // Many corrections fold under the notice's summary: the reader opens it to see what is right now.
    if ((await notice.locator('details').getAttribute('open')) === null) await notice.locator('summary').click();
    await notice.locator(`a[href$="/corrections/#${id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`/${script}/corrections/#${id}$`));
    await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test('a notice sets each date whole, never 12 月 on one line and 5 日 on the next', async ({ page }) => {
    await page.goto('/zh-hant/corrections/');
    const corrected = page.locator('.correction-list > li').first().locator('.correction-facts dd').nth(2).getByRole('link').first();
    await page.goto((await corrected.getAttribute('href'))!);
    const notice = page.getByTestId('correction-notice').first();
    if ((await notice.locator('details').getAttribute('open')) === null) await notice.locator('summary').tap();
    await expect(notice.locator('li').first()).toBeVisible();
    // Each date as the reader sees it, however it is marked up: the lines its characters sit on.
    const dates = await notice.evaluate((box) => {
      const found: { date: string; lines: number }[] = [];
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.textContent!.matchAll(/\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          found.push({ date: match[0], lines: new Set([...range.getClientRects()].map((r) => Math.round(r.bottom))).size });
        }
      }
      return found;
    });
    expect(dates.length).toBeGreaterThan(1);
    expect(dates.filter((d) => d.lines !== 1)).toEqual([]);
  });
});

test('the log is newest first, each entry says what was wrong, what is right, the pages and the sources, and every page it names carries the notice', async ({
  request,
}) => {
  const log = parseDocument(await (await request.get('/zh-hant/corrections/')).text());
  const list = DomUtils.findOne((n) => n.attribs.class === 'correction-list', log.children)!;
  const entries = DomUtils.getElementsByTagName('li', list.children, false);
  expect(entries.length).toBeGreaterThan(0);
  const dates = entries.map((e) => DomUtils.findOne((n) => n.name === 'time', e.children)!.attribs.datetime);
  expect(dates).toEqual([...dates].sort().reverse());
  for (const entry of entries) {
    const terms = DomUtils.findAll((n) => n.name === 'dt', entry.children).map((dt) => DomUtils.textContent(dt));
    expect(terms).toEqual(['原先寫的', '更正為', '更正的頁面', '依據']);
    const [, , pages, sources] = DomUtils.findAll((n) => n.name === 'dd', entry.children);
    const sourceLinks = DomUtils.findAll((n) => n.name === 'a', sources.children);
    expect(sourceLinks.length).toBeGreaterThan(0);
    // Publisher and title read apart, as on the sources page (Business Insider，OpenAI and Microsoft…).
    for (const link of sourceLinks) expect(DomUtils.textContent(link)).toMatch(/^[^，]+，\S/);
    for (const link of DomUtils.findAll((n) => n.name === 'a', pages.children)) {
      const [path, anchor] = link.attribs.href.split('#');
      const html = await (await request.get(path)).text();
      // A source's notice sits in its entry on the sources page; any other page's at the top of the page.
      const scope = anchor ? html.slice(html.indexOf(`id="${anchor}"`)) : html;
      expect(scope, link.attribs.href).toContain(`href="/zh-hant/corrections/#${entry.attribs.id}"`);
    }
  }
});

test('a reader who searches for the log finds it, in either script', async ({ page }) => {
  for (const [script, query] of [
    ['zh-hant', '更正紀錄'],
    ['zh-hans', '更正记录'],
  ]) {
    await page.goto(`/${script}/search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator(`a.search-hit[href^="/${script}/corrections/"]`)).toBeVisible();
  }
});
