// Every label of a timeline can be traced to its mark: no leader line (from a label to its mark) runs through
// another label's text, in every timeline, close-up and person's path the site draws, on a wide screen
// (labels in rows above the marks) and on a phone (labels beside a vertical axis). Where a leader must run
// down over other marks of a crowded moment, those are labelled marks (an unlabelled one is stacked out of
// its way) and it is drawn over them, so it is seen to reach its own. On a phone, no axis label (a day, a
// clock time) prints over another, however short a person's stretch of the story.
import { expect, test } from '@playwright/test';
import { leaderCrossings, pagesWithTimelines, tickTextOverlaps } from './support/leader-crossings';
import { slices } from './support/site';

const pages = pagesWithTimelines();
const screens = {
  desktop: { viewport: { width: 1440, height: 900 } },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
};

test('the build has timelines to measure', () => {
  expect(pages).toContain('/zh-hant/chapters/process/');
  expect(pages).toContain('/zh-hans/timeline/');
});

test.describe.configure({ mode: 'parallel' });

/** Seconds a page may take on a busy machine: load, fonts, and tracing every leader against every label. */
const SECONDS_PER_PAGE = 8;

for (const [screen, options] of Object.entries(screens)) {
  test.describe(screen, () => {
    test.use(options);
    // Slices of pages, each walked in one browser page: a new page per timeline cost more than the tracing.
    for (const slice of slices(pages, 12)) {
      test(`no leader line crosses another label or hides behind a mark: ${slice[0]} … ${slice.at(-1)}`, async ({ page }) => {
        test.setTimeout(slice.length * SECONDS_PER_PAGE * 1000);
        for (const path of slice) {
          await page.goto(path);
          const { charts, leaders, crossings, marksCrossed } = await leaderCrossings(page);
          expect(charts, `${path}: a visible timeline with leader lines`).toBeGreaterThan(0);
          expect(leaders, path).toBeGreaterThan(0);
          expect(crossings, path).toEqual([]);
          expect(
            marksCrossed.filter((m) => !m.labelled || m.hidesLeader),
            `${path}: a leader over an unlabelled mark, or under any mark`,
          ).toEqual([]);
          if (screen === 'phone') expect(await tickTextOverlaps(page), `${path}: axis labels printed over each other`).toEqual([]);
        }
      });
    }
  });
}
