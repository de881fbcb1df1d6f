// The board before and after as a picture: every seat, how each voted or that it was not in the vote, who
// stayed (a line to their seat after), who left and who joined, with a key; nothing in it overlaps.
import { expect, test, type Browser } from '@playwright/test';
import { board as seats } from './support/documentary';

const phone = (browser: Browser) => browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('every seat before and after is drawn, each a link to the person, filled as its list says it voted', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/zh-hant/');
  const board = page.locator('[data-board]');
  const drawn = board.locator('svg.board-seats');
  await expect(drawn.locator('a[data-side="before"] circle.seat-mark')).toHaveCount(seats().before.length);
  await expect(drawn.locator('a[data-side="after"] circle.seat-mark')).toHaveCount(seats().after.length);
  await expect(drawn.locator('a[data-seat="bret-taylor"]')).toHaveAttribute('href', '/zh-hant/people/bret-taylor/');
  for (const vote of ['for', 'against', 'none']) {
    // The drawing and the list beneath it agree seat by seat.
    const listed = await board
      .locator(`#board-before + ul .seat.vote-${vote}`)
      .evaluateAll((li) => li.map((l) => l.getAttribute('data-seat')));
    const shown = await drawn.locator(`a[data-side="before"].vote-${vote}`).evaluateAll((a) => a.map((l) => l.getAttribute('data-seat')));
    expect(shown.sort()).toEqual(listed.sort());
  }
  const looks = await drawn.locator('a[data-side="before"] circle.seat-mark').evaluateAll((circles) =>
    circles.map((c) => {
      const style = getComputedStyle(c);
      return {
        vote: c.classList[1],
        filled: style.fill !== getComputedStyle(document.documentElement).backgroundColor,
        dashed: style.strokeDasharray !== 'none',
      };
    }),
  );
  for (const seat of looks) {
    expect(seat.filled, seat.vote).toBe(seat.vote === 'vote-for');
    expect(seat.dashed, seat.vote).toBe(seat.vote === 'vote-none');
  }
});

test('the key names every state the seats are drawn in', async ({ page }) => {
  await page.goto('/zh-hant/');
  const board = page.locator('[data-board]');
  const states = await board.locator('svg.board-seats circle.seat-mark').evaluateAll((cs) => [...new Set(cs.map((c) => c.classList[1]))]);
  for (const state of states) await expect(board.locator(`.board-key .seat-key.${state}`)).toHaveCount(1);
  await expect(board.locator('.board-key li').last()).toHaveText('留任');
});

test('a member who stayed is joined by a line from their seat before to their seat after', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/zh-hant/');
  const drawn = page.locator('[data-board] svg.board-seats');
  // One measurement of all three, so that nothing moves between them.
  const { line, from, to } = await drawn.evaluate((svg) => {
    const box = (selector: string) => svg.querySelector(selector)!.getBoundingClientRect();
    return {
      line: box('path.seat-stays'),
      from: box('a[data-side="before"][data-seat="adam-dangelo"] circle'),
      to: box('a[data-side="after"][data-seat="adam-dangelo"] circle'),
    };
  });
  expect(Math.abs(line.left - from.right)).toBeLessThan(2);
  expect(Math.abs(line.right - to.left)).toBeLessThan(2);
  expect(Math.abs(line.top - (from.top + from.bottom) / 2)).toBeLessThan(2);
  expect(Math.abs(line.bottom - (to.top + to.bottom) / 2)).toBeLessThan(2);
  await expect(drawn.locator('a[data-side="before"]:not([data-seat="adam-dangelo"]) .seat-note')).toContainText(Array(5).fill('離開'));
  await expect(drawn.locator('a[data-seat="larry-summers"] .seat-note')).toContainText('新任');
});

for (const width of [1440, 390]) {
  test(`at ${width} px no name, note, seat or line in the drawing overlaps another, and names are 12 px or more`, async ({ browser }) => {
    const context = width < 600 ? await phone(browser) : await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto('/zh-hans/');
    const drawn = page.locator('[data-board] svg.board-seats');
    await drawn.scrollIntoViewIfNeeded();
    const boxes = await drawn.evaluate((svg) =>
      [...svg.querySelectorAll('text, circle, path')].map((el) => {
        const r = el.getBoundingClientRect();
        return { what: `${el.tagName} ${el.textContent}`, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    const clashes: string[] = [];
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const overlap =
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
        if (overlap) clashes.push(`${a.what} × ${b.what}`);
      }
    expect(clashes).toEqual([]);
    const svg = (await drawn.boundingBox())!;
    expect(svg.x + svg.width).toBeLessThanOrEqual(width);
    const nameHeights = await drawn.locator('a text:not(.seat-note)').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));
    expect(Math.min(...nameHeights)).toBeGreaterThanOrEqual(15.5);
    await context.close();
  });
}
