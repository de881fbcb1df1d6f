// When the index cannot load (offline, a host that does not serve pagefind/), search says so in one line
// and offers what can still be read, instead of staying silent.
import { expect, test, type Page } from '@playwright/test';

const dialog = (page: Page) => page.locator('dialog[data-search-dialog]');

test('with pagefind/ unreachable the dialog says search cannot load, offers chapters and people, and tries again later', async ({
  page,
}) => {
  await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
  await page.goto('/zh-hant/');
  await page.keyboard.press('Control+k');
  await dialog(page).getByRole('searchbox').fill('董事會');
  const status = dialog(page).locator('.search-status');
  await expect(status).toHaveText('搜尋暫時無法使用：搜尋索引載入失敗。 可以改讀章節、人物。');
  await expect(status.getByRole('link', { name: '章節' })).toHaveAttribute('href', '/zh-hant/#chapters-title');
  await expect(status.getByRole('link', { name: '人物' })).toHaveAttribute('href', '/zh-hant/people/');
  await expect(dialog(page).locator('a.search-hit')).toHaveCount(0);

  // The reader is back online: the next keystroke loads search instead of repeating the old failure.
  await page.unroute('**/pagefind/**');
  await dialog(page).getByRole('searchbox').fill('董事會 ');
  await expect(dialog(page).locator('a.search-hit').first()).toHaveAttribute('href', '/zh-hant/glossary/nonprofit-board/');
  await expect(status).toHaveText('最相關的 5 筆結果');
});

test('a host that answers every path with a page (no pagefind/) gets the same line on the search page, in Simplified', async ({ page }) => {
  await page.route('**/pagefind/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>home</title>' }),
  );
  await page.goto(`/zh-hans/search/?q=${encodeURIComponent('阿尔特曼')}`);
  await page.locator('[data-search-ready]').waitFor();
  const status = page.locator('[data-search-page] .search-status');
  await expect(status).toHaveText(/^搜[索寻].*索引.*。 可以改读章节、人物。$/);
  await expect(status.getByRole('link', { name: '人物' })).toHaveAttribute('href', '/zh-hans/people/');
  await expect(page.locator('[data-search-page] a.search-hit')).toHaveCount(0);
});
