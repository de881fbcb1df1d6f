// The home page opens as a story does: one title, a lede, a way into the first chapter, and the picture of
// the whole span on the first screen of a laptop. Titles everywhere carry weight.
import { expect, test, type Page } from '@playwright/test';

/** Visible elements whose own text is set at least twice the body size: what reads as a title. */
const displayTexts = (page: Page) =>
  page.evaluate(() => {
    const body = parseFloat(getComputedStyle(document.body).fontSize);
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((el) => el.checkVisibility() && [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()))
      .filter((el) => parseFloat(getComputedStyle(el).fontSize) >= 2 * body)
      .map((el) => el.textContent!.trim());
  });

for (const script of ['zh-hant', 'zh-hans']) {
  test.describe(`${script} at 1440 × 900`, () => {
    test.use({ viewport: { width: 1440, height: 900 } });

    test('one title, a one-paragraph lede, a way into the first chapter and the whole timeline, without scrolling', async ({ page }) => {
      await page.goto(`/${script}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const title = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
      expect(await displayTexts(page)).toEqual([title]);

      const lede = page.locator('.home-hero .lede');
      await expect(lede).toHaveCount(1);
      await expect(lede).toBeInViewport({ ratio: 1 });
      expect((await lede.textContent())!.length).toBeGreaterThan(40);

      // The way in leads to the chapter the chapter list starts with, and sits on the first screen.
      const firstChapter = await page.locator('#chapters-title ~ ol a').first().getAttribute('href');
      const start = page.locator('.home-hero a.start-reading');
      await expect(start).toHaveAttribute('href', firstChapter!);
      await expect(start).toBeInViewport({ ratio: 1 });
      expect((await start.boundingBox())!.height).toBeGreaterThanOrEqual(44);

      // Every mark of the picture of the whole span is on the first screen.
      const marks = await page
        .locator('figure[data-timeline-chart] svg.tl-wide a.tl-mark')
        .evaluateAll((links) => links.map((a) => a.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) {
        expect(mark.top).toBeGreaterThanOrEqual(0);
        expect(mark.bottom).toBeLessThanOrEqual(900);
      }
    });
  });
}

test.describe('titles carry weight at 1440 px', () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  for (const path of [
    '/zh-hant/',
    '/zh-hant/chapters/process/',
    '/zh-hant/events/altman-fired/',
    '/zh-hant/people/',
    '/zh-hans/timeline/',
  ]) {
    test(`${path}: h1 at 40 px or more, h2 clearly larger than 1.2× the body`, async ({ page }) => {
      await page.goto(path);
      const sizes = await page.evaluate(() => {
        const size = (el: Element) => parseFloat(getComputedStyle(el).fontSize);
        // Section headings; the contents rail's own heading is a small label beside the text.
        const h2 = [...document.querySelectorAll('main h2')].filter((h) => (h as HTMLElement).checkVisibility() && !h.closest('.toc'));
        return { body: size(document.body), h1: size(document.querySelector('main h1')!), h2: h2.map(size) };
      });
      expect(sizes.h1).toBeGreaterThanOrEqual(40);
      for (const h2 of sizes.h2) expect(h2).toBeGreaterThanOrEqual(1.35 * sizes.body);
    });
  }
});

test('on a 390 px phone the home page opens with the title, the lede and the way in on the first screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  for (const script of ['zh-hant', 'zh-hans']) {
    await page.goto(`/${script}/`);
    await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
    await expect(page.locator('.home-hero .lede')).toBeInViewport({ ratio: 1 });
    const start = page.locator('.home-hero a.start-reading');
    await expect(start).toBeInViewport({ ratio: 1 });
    expect((await start.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await start.tap();
    await expect(page).toHaveURL(/\/chapters\/[^/]+\/$/);
  }
  await context.close();
});
