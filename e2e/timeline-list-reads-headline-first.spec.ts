// The timeline's list under the charts: each event's headline comes first and stands out; its number and
// its times in every display zone sit together in one quiet column; a label never breaks inside.
import { expect, test, type Page } from '@playwright/test';

/** Each row of the list, measured: headline, the quiet column, its zone times and its label's lines. */
const rows = (page: Page) =>
  page.locator('[data-timeline-list] .event-row').evaluateAll((items) =>
    items.map((row) => {
      const box = (el: Element) => el.getBoundingClientRect();
      const headline = row.querySelector('.event-row-headline a')!;
      const when = row.querySelector('.event-row-when')!;
      const label = row.querySelector('.event-label')!;
      const range = document.createRange();
      range.selectNodeContents(label);
      const labelLines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      const style = (el: Element) => getComputedStyle(el);
      return {
        title: headline.textContent!.trim(),
        firstLink: row.querySelector('a') === headline,
        headline: box(headline),
        when: box(when),
        zones: [...row.querySelectorAll('.zoned-time')].map((z) => ({ visible: (z as HTMLElement).checkVisibility(), left: box(z).left })),
        headlineSize: parseFloat(style(headline).fontSize),
        headlineWeight: Number(style(headline).fontWeight),
        whenSize: parseFloat(style(when).fontSize),
        whenColor: style(when).color,
        ink: style(document.body).color,
        labelLines,
      };
    }),
  );

for (const script of ['zh-hant', 'zh-hans']) {
  test(`${script} at 1440 px: headline first, every zone's time in one quiet column beside it, labels whole`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`/${script}/timeline/`);
    const list = await rows(page);
    expect(list.length).toBeGreaterThan(0);
    for (const row of list) {
      expect(row.firstLink, row.title).toBe(true);
      expect(row.headlineSize, row.title).toBeGreaterThan(row.whenSize);
      expect(row.whenColor, row.title).not.toBe(row.ink);
      // One column: every zone shown, each starting at the same left edge, all left of the headline.
      expect(
        row.zones.every((z) => z.visible),
        row.title,
      ).toBe(true);
      expect(new Set(row.zones.map((z) => Math.round(z.left))).size, row.title).toBe(1);
      expect(row.when.right, row.title).toBeLessThanOrEqual(row.headline.left);
      expect(row.labelLines, row.title).toBe(1);
    }
    // Main events' headlines are set heavier than the body text.
    expect(Math.max(...list.map((r) => r.headlineWeight))).toBeGreaterThanOrEqual(600);
  });
}

test('at 390 px the quiet column goes under its headline, and labels stay whole', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  for (const script of ['zh-hant', 'zh-hans']) {
    await page.goto(`/${script}/timeline/`);
    for (const row of await rows(page)) {
      expect(row.when.top, row.title).toBeGreaterThanOrEqual(row.headline.bottom - 1);
      expect(row.when.right, row.title).toBeLessThanOrEqual(390);
      expect(
        row.zones.every((z) => z.visible),
        row.title,
      ).toBe(true);
      expect(row.labelLines, row.title).toBe(1);
    }
  }
  await context.close();
});
