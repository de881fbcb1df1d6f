// On a laptop a chapter keeps its contents in a rail beside the text while the reader scrolls; the wide
// charts bleed out of the text column, and must never cover or cut that rail.
import { expect, test } from '@playwright/test';
import { builtSitemapPaths } from './support/site';

const chapters = builtSitemapPaths().filter((path) => /^\/zh-han[ts]\/chapters\/[^/]+\/$/.test(path));

test.use({ viewport: { width: 1440, height: 900 } });

test('there are chapters with wide charts to scroll past', () => {
  expect(chapters.length).toBeGreaterThanOrEqual(6);
});

for (const path of chapters) {
  test(`${path}: at every scroll position no figure overlaps the visible contents rail`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator('.toc ol')).toBeVisible();
    const height = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    let checked = 0;
    for (let y = 0; y <= height + 299; y += 300) {
      const target = Math.min(y, height);
      await page.evaluate((top) => window.scrollTo(0, top), target);
      await expect.poll(() => page.evaluate(() => Math.round(scrollY))).toBe(target);
      const overlaps = await page.evaluate(() => {
        const visible = (r: DOMRect) => ({
          left: Math.max(r.left, 0),
          right: Math.min(r.right, innerWidth),
          top: Math.max(r.top, 0),
          bottom: Math.min(r.bottom, innerHeight),
        });
        const rail = visible(document.querySelector('.toc')!.getBoundingClientRect());
        if (rail.bottom - rail.top <= 0) return [];
        return [...document.querySelectorAll('.chapter figure')].flatMap((figure) => {
          const box = visible(figure.getBoundingClientRect());
          const w = Math.min(box.right, rail.right) - Math.max(box.left, rail.left);
          const h = Math.min(box.bottom, rail.bottom) - Math.max(box.top, rail.top);
          return w > 0 && h > 0 ? [`${figure.querySelector('figcaption')?.textContent} at ${Math.round(scrollY)}`] : [];
        });
      });
      expect(overlaps).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  });
}

test('a wide chart beside the rail still reaches the page margin and keeps its labels at 12 px or more', async ({ page }) => {
  await page.goto('/zh-hant/chapters/process/');
  const figure = page.locator('.chapter figure.tl.chart-wide').first();
  await figure.scrollIntoViewIfNeeded();
  const box = (await figure.boundingBox())!;
  const text = (await page.locator('.prose').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(text.x - 1);
  expect(box.x + box.width).toBeLessThanOrEqual(1440);
  expect(box.x + box.width).toBeGreaterThan(1440 - 40);
  const labelHeights = await figure
    .locator('svg.tl-wide a.tl-mark text')
    .evaluateAll((texts) => texts.map((t) => (t as SVGTextElement).getBoundingClientRect().height));
  // A glyph box is about 1.3 × the font size.
  expect(Math.min(...labelHeights)).toBeGreaterThanOrEqual(15.5);
});
