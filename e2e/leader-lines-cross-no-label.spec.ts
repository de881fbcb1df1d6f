// Every label of a timeline can be traced to its mark: no leader line (from a label to its mark) runs through
// another label's text, in every timeline, close-up and person's path the site draws, on a wide screen
// (labels in rows above the marks) and on a phone (labels beside a vertical axis).
import { expect, test } from '@playwright/test';
import { leaderCrossings, pagesWithTimelines } from './support/leader-crossings';

const pages = pagesWithTimelines();
const screens = {
  desktop: { viewport: { width: 1440, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};

test('the build has timelines to measure', () => {
  expect(pages).toContain('/zh-hant/chapters/process/');
  expect(pages).toContain('/zh-hans/timeline/');
});

for (const [screen, options] of Object.entries(screens)) {
  test.describe(screen, () => {
    test.use(options);
    for (const path of pages) {
      test(`${path}: no leader line crosses another label`, async ({ page }) => {
        await page.goto(path);
        const { charts, leaders, crossings } = await leaderCrossings(page);
        expect(charts, 'a visible timeline with leader lines').toBeGreaterThan(0);
        expect(leaders).toBeGreaterThan(0);
        expect(crossings).toEqual([]);
      });
    }
  });
}
