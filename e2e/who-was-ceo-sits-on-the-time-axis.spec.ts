// Who was CEO is drawn inside the whole-story timeline, under its time axis: each handover sits under the
// event that made it and the day rules run through the band, instead of a separate bar with no axis.
import { expect, test } from '@playwright/test';
import { terms } from './support/documentary';

test.use({ viewport: { width: 1440, height: 900 } });

for (const path of ['/zh-hant/', '/zh-hant/timeline/', '/zh-hans/timeline/']) {
  test(`${path}: the CEO band is under the timeline's axis, its handovers under their events, its day rules on the axis's days`, async ({
    page,
  }) => {
    await page.goto(path);
    const chart = page.locator('[data-timeline-chart] svg.tl-wide');
    await expect(chart.locator('.succession-band [data-term]')).toHaveCount(terms().length);
    const geometry = await chart.evaluate((svg) => {
      const box = (el: Element) => el.getBoundingClientRect();
      const centre = (el: Element) => box(el).left + box(el).width / 2;
      const markX = (id: string) => centre(svg.querySelector(`a[data-event="${id}"] path:not(.tl-leader)`)!);
      const terms = [...svg.querySelectorAll('.succession-band [data-term] rect')].map((r) => ({ left: box(r).left, right: box(r).right }));
      return {
        axisBottom: box(svg.querySelector('.tl-axis')!).bottom,
        labelsBottom: Math.max(...[...svg.querySelectorAll('.tl-tick text')].map((t) => box(t).bottom)),
        bandTop: box(svg.querySelector('.succession-band .term rect')!).top,
        terms,
        marks: ['murati-named-interim-ceo', 'shear-named-ceo'].map(markX),
        dayTicks: [...svg.querySelectorAll('.tl-tick.tl-major line')].map(centre),
        bandRules: [...svg.querySelectorAll('.succession-band .band-day')].map(centre),
      };
    });
    expect(geometry.bandTop).toBeGreaterThan(geometry.axisBottom);
    expect(geometry.bandTop).toBeGreaterThanOrEqual(geometry.labelsBottom);
    // Murati's term starts at her announcement, Shear's at his.
    expect(Math.abs(geometry.terms[1].left - geometry.marks[0])).toBeLessThan(2);
    expect(Math.abs(geometry.terms[2].left - geometry.marks[1])).toBeLessThan(2);
    expect(geometry.bandRules.length).toBe(geometry.dayTicks.length);
    geometry.bandRules.forEach((x, i) => expect(Math.abs(x - geometry.dayTicks[i])).toBeLessThan(1));
    // No second CEO bar without an axis beside the timeline; its caption and key stay.
    await expect(page.locator('[data-succession] svg.succession-wide')).toBeHidden();
    await expect(page.locator('[data-succession] figcaption')).toBeVisible();
    await expect(page.locator('[data-succession] .succession-list li')).toHaveCount(terms().length);
  });
}

test('a chapter’s own CEO strip, away from the timeline, still draws its band', async ({ page }) => {
  await page.goto('/zh-hant/chapters/process/');
  await expect(page.locator('[data-succession] svg.succession-wide')).toBeVisible();
});
