import { expect, test } from '@playwright/test';

const dialog = (page: import('@playwright/test').Page) => page.getByRole('dialog', { name: '搜尋這部紀錄片' });

test('a page that is never searched loads no search code', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.goto('/zh-hant/chapters/process/');
  await page.waitForLoadState('networkidle');
  expect(requested.filter((p) => p.includes('pagefind') || p.includes('search-ui') || p.includes('entities.json'))).toEqual([]);
  await page.keyboard.press('Control+k');
  await dialog(page).getByRole('searchbox').fill('董事會');
  await expect(dialog(page).locator('.search-hit').first()).toBeVisible();
  expect(requested.some((p) => p.includes('/pagefind/'))).toBe(true);
  // Search runs on the page: Pagefind's worker (a second copy of its code) is never downloaded.
  expect(requested.filter((p) => p.includes('worker'))).toEqual([]);
});

test('a chapter page carries no dialog markup; Ctrl+K builds the dialog from the search page and finds', async ({ page, request }) => {
  const html = await (await request.get('/zh-hant/chapters/process/')).text();
  expect(html).not.toContain('<dialog');
  expect(html).toContain('data-search-open');
  await page.goto('/zh-hant/chapters/process/');
  await page.keyboard.press('Control+k');
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole('searchbox').fill('Nadella');
  await expect(dialog(page).locator('a.search-hit').first()).toHaveAttribute('href', '/zh-hant/people/satya-nadella/');
  // Its ids carry the dialog's prefix, and its label still names the box.
  await expect(dialog(page).getByRole('searchbox')).toHaveAttribute('id', /^search-dialog-/);
  await expect(dialog(page).getByRole('searchbox', { name: '搜尋人名、名詞或事件' })).toBeVisible();
});

test('keys typed while the dialog is still being built reach its search box', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    void page.route('**/zh-hant/search/', async (route) => {
      await new Promise<void>((r) => (release = r));
      await route.continue();
    });
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/zh-hant/search/') resolve();
    });
  });
  await page.goto('/zh-hant/timeline/');
  await page.keyboard.press('Control+k');
  await held;
  await page.keyboard.type('Nadella');
  release();
  await expect(dialog(page).getByRole('searchbox')).toHaveValue('Nadella');
  await expect(dialog(page).locator('a.search-hit').first()).toHaveAttribute('href', '/zh-hant/people/satya-nadella/');
});

test('if the search page cannot be fetched, opening search goes to it instead', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  let refused = false;
  await page.route('**/zh-hant/search/', (route) => {
    if (refused) return route.continue();
    refused = true;
    return route.abort('internetdisconnected');
  });
  await page.keyboard.press('Control+k');
  await expect(page).toHaveURL(/\/zh-hant\/search\/$/);
  await expect(page.locator('[data-search-page]').getByRole('searchbox')).toBeVisible();
});

// How the dialog opens is one thing and how a reader moves through it another: every way in is tried on
// one page (each must leave the box focused for typing), and the arrow keys and Enter once.
test('opens with the button, Ctrl+K, Meta+K and /, each time with the search box focused for typing', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  for (const [how, open] of [
    ['the button', () => page.getByRole('link', { name: /搜尋/ }).first().click()],
    ['Ctrl+K', () => page.keyboard.press('Control+k')],
    ['Meta+K', () => page.keyboard.press('Meta+k')],
    ['/', () => page.keyboard.press('/')],
  ] as const) {
    await open();
    await expect(dialog(page), how).toBeVisible();
    const box = dialog(page).getByRole('searchbox');
    await expect(box, how).toBeFocused();
    await page.keyboard.type('Nadella');
    await expect(dialog(page).locator('a.search-hit').first(), how).toHaveAttribute('href', '/zh-hant/people/satya-nadella/');
    // (Escape in a search box that holds text first clears it.)
    await box.clear();
    await page.keyboard.press('Escape');
    await expect(dialog(page), how).toBeHidden();
  }
});

test('a reader arrows to a result and lands on it with Enter', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  await page.keyboard.press('Control+k');
  await expect(dialog(page).getByRole('searchbox')).toBeFocused();
  const results = dialog(page).locator('.search-results');
  const before = Number((await results.getAttribute('data-shown-search')) ?? 0);
  await page.keyboard.type('Nadella');
  const first = dialog(page).locator('a.search-hit').first();
  await expect(first).toHaveAttribute('href', '/zh-hant/people/satya-nadella/');
  // Let the searches for the letters typed settle (one search a letter) before arrowing through their results.
  await expect(results).toHaveAttribute('data-shown-search', String(before + 'Nadella'.length));
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog(page).locator('a.search-hit').nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(first).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh-hant\/people\/satya-nadella\/$/);
});

test('Escape closes the dialog and gives focus back to what opened it', async ({ page }) => {
  await page.goto('/zh-hant/');
  const opener = page.getByRole('link', { name: /搜尋/ }).first();
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(opener).toBeFocused();
});

test('results can be narrowed to one kind, and events show their date', async ({ page, request }) => {
  await page.goto('/zh-hant/');
  await page.keyboard.press('Control+k');
  await dialog(page).getByRole('searchbox').fill('743');
  await expect(dialog(page).locator('a.search-hit').first()).toBeVisible();
  await dialog(page).getByRole('radio', { name: '事件' }).check();
  // The list is replaced when the filtered search returns.
  await expect.poll(async () => [...new Set(await dialog(page).locator('.search-hit-kind').allTextContents())]).toEqual(['事件']);
  const hit = dialog(page).locator('a.search-hit').first();
  await expect(hit).toHaveAttribute('href', /\/events\//);
  // The date as the event's own page shows it in the story's first zone, not a UTC date that may be a day later.
  const eventPage = await (await request.get((await hit.getAttribute('href'))!)).text();
  const [, datetime, text] = /data-zone-index="0"><time datetime="([^"]+)">([^<]+)<\/time>/.exec(eventPage)!;
  await expect(hit.locator('time')).toHaveText(text);
  await expect(hit.locator('time')).toHaveAttribute('datetime', datetime);
  await expect(dialog(page).locator('a.search-hit mark').first()).toHaveText('743');
});

test('the search page runs the query in its address and lists links; a miss says so and offers the other script', async ({ page }) => {
  await page.goto('/zh-hans/search/?q=%E8%B6%85%E7%BA%A7%E5%AF%B9%E9%BD%90');
  await expect(page.locator('[data-search-page] a.search-hit').first()).toHaveAttribute('href', '/zh-hans/glossary/superalignment/');
  await expect(page.getByRole('searchbox')).toHaveValue('超级对齐');

  // Characters in no page: Pagefind drops them and would list every page; the reader is told nothing matched.
  await page.goto(`/zh-hant/search/?q=${encodeURIComponent('齉龘')}`);
  await expect(page.locator('[data-search-page] .search-status')).toHaveText('沒有找到與「齉龘」相符的內容。');
  await expect(page.locator('[data-search-page] a.search-hit')).toHaveCount(0);
  const other = page.locator('[data-search-page] .search-none a[lang="zh-Hans"]');
  await expect(other).toHaveAttribute('href', `/zh-hans/search/?q=${encodeURIComponent('齉龘')}`);
  await expect(page.locator('[data-search-page] .search-none a[href="/zh-hant/people/"]')).toBeVisible();
});

test('results that arrive again for a refined query keep the reader’s place in the list', async ({ page }) => {
  await page.goto('/zh-hant/');
  await page.keyboard.press('Control+k');
  await dialog(page).getByRole('searchbox').fill('Nadella');
  const first = dialog(page).locator('a.search-hit').first();
  await expect(first).toHaveAttribute('href', '/zh-hant/people/satya-nadella/');
  await page.keyboard.press('ArrowDown');
  await expect(first).toBeFocused();
  // The same results arrive again (as they do while a query is typed letter by letter).
  const results = dialog(page).locator('.search-results');
  const shown = Number(await results.getAttribute('data-shown-search'));
  await page.evaluate(() => document.querySelector('dialog input[type="search"]')!.dispatchEvent(new Event('input')));
  await expect(results).toHaveAttribute('data-shown-search', String(shown + 1));
  await expect(first).toBeFocused();
});

test('the dialog shows the five most relevant results and links to all of them on the search page', async ({ page }) => {
  await page.goto('/zh-hant/');
  await page.keyboard.press('Control+k');
  await dialog(page).getByRole('searchbox').fill('董事會');
  await expect(dialog(page).locator('a.search-hit')).toHaveCount(5);
  await expect(dialog(page).locator('.search-status')).toHaveText('最相關的 5 筆結果');
  const all = dialog(page).getByRole('link', { name: '查看全部結果' });
  await expect(all).toHaveAttribute('href', `/zh-hant/search/?q=${encodeURIComponent('董事會')}`);
  await all.click();
  await expect(page.locator('[data-search-page] a.search-hit').nth(5)).toBeVisible();
  // The search page itself links nowhere else for more; it shows them in place.
  await expect(page.locator('[data-search-page] .search-more a')).toHaveCount(0);

  // A query with few results has no such link.
  await page.goto('/zh-hans/');
  await page.keyboard.press('Control+k');
  const simplified = page.locator('dialog[data-search-dialog]');
  // (木雕, the burned effigy, is told in one chapter passage and two other pages.)
  await simplified.getByRole('searchbox').fill('木雕');
  await expect(simplified.locator('a.search-hit').first()).toHaveAttribute('href', /^\/zh-hans\/chapters\/causes\//);
  await expect(simplified.locator('.search-status')).toHaveText(/^找到 \d 条结果$/);
  await expect(simplified.locator('.search-more')).toHaveCount(0);
});

test('the search page shows twenty results at a time and the next ones in place', async ({ page }) => {
  await page.goto(`/zh-hant/search/?q=${encodeURIComponent('董事會')}`);
  const results = page.locator('[data-search-page]');
  await expect(results.locator('a.search-hit')).toHaveCount(20);
  await expect(results.locator('.search-status')).toHaveText('最相關的 20 筆結果');
  await results.getByRole('button', { name: '顯示更多結果' }).click();
  await expect.poll(() => results.locator('a.search-hit').count()).toBeGreaterThan(20);
  // The reader carries on from the first result they had not seen.
  await expect(results.locator('a.search-hit').nth(20)).toBeFocused();
  // The next twenty at most, and the status counts what is shown (however many pages the content has).
  const shown = await results.locator('a.search-hit').count();
  expect(shown).toBeLessThanOrEqual(40);
  await expect(results.locator('.search-status')).toHaveText(shown === 40 ? '最相關的 40 筆結果' : `找到 ${shown} 筆結果`);
});
