// The events index: every event page of the site is listed, by day, with its time and title, on pages of
// a bounded size, and reached from the navigation, from each event's breadcrumb and from the sitemap.
import { expect, test, type Page } from '@playwright/test';
import { eventsPerIndexPage } from '../src/domain/events-index';
import { sitemapPaths } from './support/site';

/** Every page of the index, from the first one's pager (the first alone when there is no pager). */
async function indexPages(page: Page, script: string): Promise<string[]> {
  const response = await page.goto(`/${script}/events/`);
  expect(response!.status()).toBe(200);
  const pager = page.locator('.events-pager a');
  const others = await pager.evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return others.length > 0 ? others : [new URL(page.url()).pathname];
}

for (const script of ['zh-hant', 'zh-hans']) {
  test(`${script}: the events index lists every event page, by day in time order, each with its time and title`, async ({
    page,
    request,
  }) => {
    const sitemap = await sitemapPaths(request);
    const eventPages = sitemap.filter((p) => new RegExp(`/${script}/events/(?!page/)[^/]+/$`).test(p));
    expect(eventPages.length).toBeGreaterThan(0);
    expect(sitemap.some((p) => p.endsWith(`/${script}/events/`))).toBe(true);

    const listed: string[] = [];
    const days: string[] = [];
    for (const path of await indexPages(page, script)) {
      await page.goto(path);
      const rows = page.locator('[data-events-index] .event-row');
      expect(await rows.count()).toBeLessThanOrEqual(eventsPerIndexPage);
      // Each row sits under its day's heading and shows a time and a linked title.
      const found = await page.locator('[data-events-index] .event-day').evaluateAll((sections) =>
        sections.map((section) => ({
          day: section.querySelector('h2')!.id,
          rows: [...section.querySelectorAll<HTMLElement>('.event-row')].map((row) => {
            const link = row.querySelector<HTMLAnchorElement>('.event-row-headline a')!;
            const times = [...row.querySelectorAll<HTMLElement>('time')].filter((t) => t.checkVisibility());
            return {
              href: new URL(link.href).pathname,
              title: link.textContent!.trim(),
              kind: row.dataset.kind,
              label: row.querySelector('.event-label')?.textContent?.trim() ?? '',
              time: times.map((t) => t.textContent!.trim()).join(''),
            };
          }),
        })),
      );
      for (const { day, rows: dayRows } of found) {
        days.push(day);
        for (const row of dayRows) {
          expect(row.title, row.href).not.toBe('');
          expect(row.time, row.href).not.toBe('');
          expect(['main', 'aside'], row.href).toContain(row.kind);
          expect(row.label, row.href).not.toBe('');
          listed.push(row.href);
        }
      }
    }
    expect([...listed].sort()).toEqual([...eventPages].sort());
    // Days run forward; a day is repeated only where a long day continues on the next page.
    expect(days).toEqual([...days].sort());
  });
}

test('the index is in the navigation, and an event’s breadcrumb leads to its row', async ({ page }) => {
  await page.goto('/zh-hant/events/altman-fired/');
  const nav = page.getByRole('navigation', { name: '主選單' });
  await expect(nav.getByRole('link', { name: '事件' })).toHaveAttribute('aria-current', 'page');
  const crumbs = page.getByRole('navigation', { name: '所在位置' });
  await crumbs.getByRole('link').click();
  await expect(page).toHaveURL(/\/zh-hant\/events\/(page\/\d+\/)?#event-altman-fired$/);
  await expect(page.locator('#event-altman-fired')).toBeInViewport();
  await expect(page.locator('#event-altman-fired a')).toHaveAttribute('href', /\/events\/altman-fired\/$/);
});

test('on a phone the index stacks each headline above its time and scrolls only downwards', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  for (const script of ['zh-hant', 'zh-hans']) {
    await page.goto(`/${script}/events/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const row = page.locator('.event-row').first();
    const headline = (await row.locator('.event-row-headline').boundingBox())!;
    const when = (await row.locator('.event-row-when').boundingBox())!;
    expect(when.y).toBeGreaterThanOrEqual(headline.y + headline.height - 1);
  }
  await context.close();
});

test('a time in the quiet column breaks between its parts, never inside a word (推/定 on two lines)', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  for (const script of ['zh-hant', 'zh-hans']) {
    await page.goto(`/${script}/events/`);
    const split = await page.locator('.event-row-when .zoned-time time').evaluateAll((times) =>
      times.flatMap((time) => {
        // Each run of Chinese letters in the time (週五, 晚間, 推定) must sit on one line.
        const text = time.firstChild;
        if (!(text instanceof Text)) return [];
        return [...text.data.matchAll(/\p{Script=Han}{2,}/gu)].flatMap((m) => {
          const range = document.createRange();
          range.setStart(text, m.index);
          range.setEnd(text, m.index + m[0].length);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1 ? [`${text.data} (${m[0]})`] : [];
        });
      }),
    );
    expect(split, script).toEqual([]);
  }
});
