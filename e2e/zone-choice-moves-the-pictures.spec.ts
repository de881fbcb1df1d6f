// The reader's zone choice re-labels the pictures, not only the text: after choosing UTC+8 every timeline's
// axis reads Beijing days and hours, its days are shaded from Beijing midnight, and the CEO band's day rules
// follow. Without the choice (or without JavaScript) the axis reads Pacific time.
import { expect, test, type Page } from '@playwright/test';

/** What the visible wide axis says: its zone lines, its day ticks' labels and positions, the shaded days' edges. */
function wideAxis(page: Page) {
  return page
    .locator('[data-timeline-chart] svg.tl-wide')
    .first()
    .evaluate((svg) => {
      // checkVisibility() says true for an SVG group hidden by display: none, so ask for the group's style.
      const shown = (el: Element) => getComputedStyle(el.closest('.tl-zone-view')!).display !== 'none';
      const view = [...svg.querySelectorAll(':scope > .tl-zone-view')].find(shown)!;
      const x = (el: Element) => {
        const r = el.getBoundingClientRect();
        return Math.round(r.left + r.width / 2);
      };
      const majors = [...view.querySelectorAll('.tl-tick.tl-major')];
      return {
        views: svg.querySelectorAll(':scope > .tl-zone-view').length,
        zones: [...view.querySelectorAll(':scope > .tl-zone')].map((t) => t.textContent),
        days: majors.map((g) => g.querySelector('text')!.textContent),
        dayHoursInOtherZone: majors.map((g) => g.querySelector('.tl-second')?.textContent),
        dayX: majors.map((g) => x(g.querySelector('line')!)),
        shadeEdges: [...view.querySelectorAll('.tl-day')].flatMap((r) => {
          const b = r.getBoundingClientRect();
          return [Math.round(b.left), Math.round(b.right)];
        }),
        axisEnds: (() => {
          const r = svg.querySelector('.tl-axis')!.getBoundingClientRect();
          return [Math.round(r.left), Math.round(r.right)];
        })(),
        bandRules: [...svg.querySelectorAll('.succession-band .band-day')].filter(shown).map(x),
      };
    });
}

/** The calendar day after a tick's label: 11月17日 → 11月18日. */
function nextDay(label: string) {
  const [, month, day] = /(\d+)月(\d+)日/.exec(label)!.map(Number);
  const next = new Date(Date.UTC(2001, month - 1, day + 1));
  return `${next.getUTCMonth() + 1}月${next.getUTCDate()}日`;
}

/**
 * UTC+8 midnight is 08:00 of the Pacific day before (PST, UTC−8): each Beijing day tick is labelled the day
 * after the Pacific day it falls in, i.e. the day after the last Pacific tick before it. (This story's own
 * first days, 11月17日 and 11月18日, are asserted in documentary-is-complete.spec.ts.)
 */
function expectBeijingDays(pacific: { days: string[]; at: number[] }, beijing: { days: string[]; at: number[] }) {
  expect(beijing.days.length).toBeGreaterThan(0);
  for (const [i, at] of beijing.at.entries()) {
    const before = pacific.at.findLastIndex((p) => p < at);
    if (before >= 0) expect(beijing.days[i], `the Beijing day at ${at}`).toBe(nextDay(pacific.days[before]));
  }
}

test.use({ viewport: { width: 1440, height: 900 } });

test('choosing UTC+8 moves the timeline’s days and hours to Beijing time, and back', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  const pacific = await wideAxis(page);
  expect(pacific.views).toBe(2);
  expect(pacific.zones).toEqual(['太平洋時間', '台灣時間']);
  // Pacific midnight is 16:00 in Beijing.
  expect(new Set(pacific.dayHoursInOtherZone)).toEqual(new Set(['16:00']));

  await page.getByRole('group', { name: '時間顯示為' }).getByRole('button', { name: '台灣時間' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-zone-show', '1');
  const beijing = await wideAxis(page);
  expect(beijing.zones).toEqual(['台灣時間', '太平洋時間']);
  expectBeijingDays({ days: pacific.days, at: pacific.dayX }, { days: beijing.days, at: beijing.dayX });
  // Beijing midnight is 08:00 the day before in Pacific time (PST, UTC−8).
  expect(new Set(beijing.dayHoursInOtherZone)).toEqual(new Set(['08:00']));
  // The day ticks moved 8 hours to the right (well clear of where they were), and the shading with them.
  for (const x of beijing.dayX) expect(Math.min(...pacific.dayX.map((p) => Math.abs(p - x)))).toBeGreaterThan(20);
  // Every edge of a shaded day is a Beijing midnight (or an end of the axis).
  for (const edge of beijing.shadeEdges)
    expect(Math.min(...[...beijing.dayX, ...beijing.axisEnds].map((d) => Math.abs(d - edge)))).toBeLessThanOrEqual(1.5);
  expect(beijing.bandRules).toEqual(beijing.dayX);

  await page.getByRole('group', { name: '時間顯示為' }).getByRole('button', { name: '太平洋時間' }).click();
  expect((await wideAxis(page)).days).toEqual(pacific.days);
});

test('the choice is remembered: a chapter’s close-up and a profile’s path read Beijing time too', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  await page.getByRole('group', { name: '時間顯示為' }).getByRole('button', { name: '台灣時間' }).click();
  for (const path of ['/zh-hant/chapters/process/', '/zh-hant/people/emmett-shear/']) {
    await page.goto(path);
    const axis = await wideAxis(page);
    expect(axis.zones[0], path).toBe('台灣時間');
  }
});

test('on a phone the vertical timeline reads Beijing days after the choice', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/zh-hans/timeline/');
  const tall = page.locator('[data-timeline-chart] svg.tl-tall').first();
  await expect(tall.locator('.tl-zone-view:visible > .tl-zone')).toHaveText('太平洋时间');
  const days = () =>
    tall.locator('.tl-zone-view:visible .tl-tick.tl-major').evaluateAll((ticks) => ({
      days: ticks.map((g) => g.querySelector('text')!.textContent!),
      at: ticks.map((g) => Number(g.querySelector('line')!.getAttribute('y1'))),
    }));
  const pacific = await days();
  await page.getByRole('button', { name: '菜单' }).click();
  await page.getByRole('group', { name: '时间显示为' }).getByRole('button', { name: '北京时间' }).click();
  await expect(tall.locator('.tl-zone-view:visible > .tl-zone')).toHaveText('北京时间');
  expectBeijingDays(pacific, await days());
  await context.close();
});

test('on a phone a person’s roles read their days in the chosen zone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/zh-hant/people/emmett-shear/');
  const roles = page.locator('svg.tl-roles-tall');
  await expect(roles).toBeVisible();
  /** The visible zone's name, and the day named over where Shear's term as interim CEO begins. */
  const days = () =>
    roles.evaluate((svg) => {
      const view = [...svg.querySelectorAll('.tl-role-days')].find((g) => getComputedStyle(g).display !== 'none')!;
      const cells = [...view.querySelectorAll('.day-name')].map((t) => {
        const b = t.getBoundingClientRect();
        return { text: t.textContent, centre: b.left + b.width / 2 };
      });
      const role = [...svg.querySelectorAll('.tl-role')].find((g) => g.querySelector('title')!.textContent === 'OpenAI 臨時執行長')!;
      const start = role.querySelector('rect')!.getBoundingClientRect().left;
      // A day's name is centred in its day: the day a moment falls in has the nearest centre on its left or right.
      const nearest = cells.reduce((a, b) => (Math.abs(b.centre - start) < Math.abs(a.centre - start) ? b : a));
      return { zone: view.querySelector('.tl-zone')!.textContent, startDay: nearest.text, names: cells.length };
    });
  const pacific = await days();
  expect(pacific).toMatchObject({ zone: '太平洋時間', startDay: '11月19日' });
  expect(pacific.names).toBeGreaterThanOrEqual(4);
  await page.getByRole('button', { name: '選單' }).click();
  await page.getByRole('group', { name: '時間顯示為' }).getByRole('button', { name: '台灣時間' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-zone-show', '1');
  // Named on the evening of 19 November in San Francisco: the 20th in Taipei.
  expect(await days()).toMatchObject({ zone: '台灣時間', startDay: '11月20日' });
  await context.close();
});

test('on a phone a timeline names a day at or above its first event, in either zone', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  // A person's story starts in the middle of a day: before this, its first events stood under no date.
  await page.goto('/zh-hant/people/emmett-shear/');
  const tall = page.locator('[data-timeline-chart] svg.tl-tall').first();
  /** The top of the first day name and of the first mark, in the zone shown. */
  const tops = () =>
    tall.evaluate((svg) => {
      const view = [...svg.querySelectorAll('.tl-zone-view')].find((g) => getComputedStyle(g).display !== 'none')!;
      const dayNames = [...view.querySelectorAll('.tl-tick text:not(.tl-second)')].filter((t) => /日$/.test(t.textContent!));
      const firstDay = Math.min(...dayNames.map((t) => t.getBoundingClientRect().top));
      const firstMark = Math.min(
        ...[...svg.querySelectorAll('a[data-event] path:not(.tl-leader)')].map((p) => p.getBoundingClientRect().top),
      );
      return { firstDay, firstMark };
    });
  const pacific = await tops();
  expect(pacific.firstDay).toBeLessThanOrEqual(pacific.firstMark);
  await page.getByRole('button', { name: '選單' }).click();
  await page.getByRole('group', { name: '時間顯示為' }).getByRole('button', { name: '台灣時間' }).click();
  await expect(tall.locator('.tl-zone-view:visible > .tl-zone')).toHaveText('台灣時間');
  const taiwan = await tops();
  expect(taiwan.firstDay).toBeLessThanOrEqual(taiwan.firstMark);
  await context.close();
});
