import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the timeline chart has a mark for every event, each a focusable link named after its event', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  const chart = page.locator('[data-timeline-chart]');
  const marks = chart.locator('a.mark');
  await expect(marks).toHaveCount(37);
  await expect(chart.locator('a.mark-main')).toHaveCount(21);
  await expect(chart.locator('a.mark-aside')).toHaveCount(16);
  const fired = chart.locator('a.mark[data-event="altman-fired"]');
  await expect(fired).toHaveAttribute('href', '/zh-hant/events/altman-fired/');
  await expect(fired).toHaveAttribute('aria-label', /^主線 #02：董事會.*太平洋時間 11月17日（週五）12:00；北京時間 11月18日（週六）04:00$/);
  await fired.focus();
  await expect(fired).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh-hant\/events\/altman-fired\/$/);
});

test('under the chart, the same events as an ordered list, all 37', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  const items = page.locator('[data-timeline-list] li.timeline-item');
  await expect(items).toHaveCount(37);
  await expect(items.first()).toContainText('主線 #01');
});

test('who was CEO: Altman → Murati → Shear → Altman, with the hours each held it', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  const list = page.locator('[data-succession] .succession-list li');
  await expect(list).toHaveCount(4);
  expect(await list.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.holder))).toEqual(['sam-altman', 'mira-murati', 'emmett-shear', 'sam-altman']);
  await expect(list.nth(1)).toContainText('55 小時');
  await expect(list.nth(2)).toContainText('48.1 小時');
});

test('the board before and after: six seats, 4:2, three after with Taylor as chair', async ({ page }) => {
  await page.goto('/zh-hant/');
  const board = page.locator('[data-board]');
  await expect(board.locator('figcaption')).toContainText('6 席，據報導以 4:2 通過解僱');
  await expect(board.locator('#board-before + ul .seat')).toHaveCount(6);
  await expect(board.locator('#board-before + ul .vote-for')).toHaveCount(4);
  await expect(board.locator('#board-before + ul .vote-against')).toHaveCount(2);
  await expect(board.locator('#board-after + ul .seat')).toHaveCount(3);
  await expect(board.locator('#board-after + ul .seat.chair')).toHaveAttribute('data-seat', 'bret-taylor');
  await expect(board.locator('#board-after + ul [data-seat="adam-dangelo"]')).toHaveClass(/stays/);
});

test('the letter: signatures as reported, 743 (over 95%) then 747 of 770 (97%)', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  const rows = page.locator('[data-tally] li');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('743 人（逾 95%）');
  await expect(rows.nth(1)).toContainText('747 / 770 人（97%）');
});

test('a profile shows the person’s own strip of the timeline', async ({ page }) => {
  await page.goto('/zh-hant/people/emmett-shear/');
  const chart = page.locator('[data-timeline-chart]');
  await expect(chart.locator('a.mark[data-event="shear-named-ceo"]')).toBeVisible();
  await expect(chart.locator('a.mark[data-event="ilya-messages-altman"]')).toHaveCount(0);
  expect(await chart.locator('a.mark').count()).toBe(await page.locator('.event-list > li').count());
});

test('the zone toggle changes every compact time and is remembered across pages', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  const tally = page.locator('[data-tally] li').first().locator('.zoned-time:visible');
  await expect(tally).toHaveText(/太平洋時間/);
  await page.getByRole('group', { name: '時間顯示為' }).getByRole('button', { name: '北京時間' }).click();
  await expect(tally).toHaveText(/北京時間/);
  await page.goto('/zh-hant/people/mira-murati/');
  await expect(page.locator('html')).toHaveAttribute('data-zone-show', '1');
  const visible = await page.locator('.event-list .zoned-time:visible').allTextContents();
  expect(visible.length).toBeGreaterThan(3);
  expect(visible.every((t) => t.includes('北京時間'))).toBe(true);
  await expect(page.getByRole('button', { name: '北京時間' })).toHaveAttribute('aria-pressed', 'true');
});

test('dark mode follows the system, can be chosen, is remembered, and has no violations', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/zh-hant/');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await background()).toBe('rgb(21, 24, 28)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(253, 252, 249)');
  await page.getByRole('button', { name: '深色' }).click();
  expect(await background()).toBe('rgb(21, 24, 28)');
  await page.goto('/zh-hant/chapters/process/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(21, 24, 28)');
  for (const path of ['/zh-hant/', '/zh-hant/chapters/process/', '/zh-hant/timeline/', '/zh-hans/events/altman-fired/', '/zh-hant/people/sam-altman/']) {
    await page.goto(path);
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(result.violations.map((v) => `${path}: ${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  }
});
