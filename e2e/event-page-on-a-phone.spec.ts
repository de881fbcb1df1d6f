// An event page: its facts stack label-over-value on a phone, and a strip under its title shows where it
// sits in the documentary's headline span, at the place its time gives.
import { expect, test, type Page } from '@playwright/test';
import { builtSitemapPaths, slices } from './support/site';

/** The headline span's two ends as instants, read from the home page's headline (first zone's datetime). */
async function headlineSpan(page: Page): Promise<{ fromMs: number; toMs: number }> {
  await page.goto('/zh-hant/');
  const [fromMs, toMs] = await page
    .locator('.headline-ends li')
    .evaluateAll((items) => items.map((li) => Date.parse(li.querySelector('time')!.getAttribute('datetime')!)));
  return { fromMs, toMs };
}

/** The strip, measured: where its mark falls between the span's two end ticks (0 = start, 1 = end). */
const strip = (page: Page) =>
  page.locator('[data-span-locator]').evaluate((figure) => {
    const centre = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.left + r.width / 2;
    };
    const [start, end] = [...figure.querySelectorAll('.span-locator-end')].map(centre);
    const mark = figure.querySelector('.span-locator-mark');
    const range = figure.querySelector('.span-locator-range')?.getBoundingClientRect();
    return {
      visible: (figure as HTMLElement).checkVisibility(),
      caption: figure.querySelector('figcaption')!.textContent!.trim(),
      at: mark ? (centre(mark) - start) / (end - start) : undefined,
      range: range ? [(range.left - start) / (end - start), (range.right - start) / (end - start)] : undefined,
      outside: figure.querySelector('svg')!.dataset.outside,
    };
  });

test.describe.configure({ mode: 'parallel' });

/** Generous for a busy two-core machine (under a second a page there); a slice that exceeds it names its pages. */
const SECONDS_PER_PAGE = 5;
const eventPages = builtSitemapPaths().filter((p) => /^\/zh-hant\/events\/(?!page\/)[^/]+\/$/.test(p));

test('the strip walk covers event pages', () => {
  expect(eventPages.length).toBeGreaterThan(0);
});

// Every event page, in slices that run in parallel, each with its own time limit.
for (const slice of slices(eventPages, 15)) {
  test(`the strip marks each event where its time falls in the headline span, a band where only the day or part of day is known: ${slice[0]} … ${slice.at(-1)}`, async ({
    page,
  }) => {
    test.setTimeout((slice.length + 1) * SECONDS_PER_PAGE * 1000);
    const { fromMs, toMs } = await headlineSpan(page);
    for (const path of slice) {
      await page.goto(path);
      const s = await strip(page);
      expect(s.visible, path).toBe(true);
      expect(s.caption, path).not.toBe('');
      const datetime = (await page.locator('.event-facts time').first().getAttribute('datetime'))!;
      if (s.at !== undefined && datetime.includes('T')) {
        const share = Math.min(1, Math.max(0, (Date.parse(datetime) - fromMs) / (toMs - fromMs)));
        expect(s.at, path).toBeCloseTo(share, 1);
        if (s.outside === undefined) expect(Math.abs(s.at - share), path).toBeLessThan(0.01);
      } else if (s.range) {
        // A day or part of a day: a band inside the span, around the day it names.
        expect(s.range[0], path).toBeGreaterThanOrEqual(-0.01);
        expect(s.range[1], path).toBeLessThanOrEqual(1.01);
        expect(s.range[1] - s.range[0], path).toBeGreaterThan(0);
      } else {
        expect(s.outside, `${path}: a mark at the edge is an event outside the span`).toMatch(/^(before|after)$/);
      }
    }
  });
}

test('on a 390 px phone an event page stacks its facts, label above value, and nothing scrolls sideways', async ({ browser }) => {
  test.setTimeout(5 * 3 * SECONDS_PER_PAGE * 1000);
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  for (const path of [
    '/zh-hant/events/altman-fired/',
    '/zh-hans/events/microsoft-stock-rises/',
    '/zh-hant/events/jobs-twelve-years/',
    '/zh-hans/events/altman-returns/',
    '/zh-hant/events/alex-cohen-new-job/',
  ]) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    const facts = await page.locator('.event-facts').evaluate((dl) =>
      [...dl.querySelectorAll('dt')].map((dt) => {
        const dd = dt.nextElementSibling!;
        const [t, d] = [dt.getBoundingClientRect(), dd.getBoundingClientRect()];
        return { label: dt.textContent, dtLeft: t.left, dtBottom: t.bottom, ddLeft: d.left, ddTop: d.top, ddWidth: d.width };
      }),
    );
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) {
      expect(f.ddTop, `${path} ${f.label}`).toBeGreaterThanOrEqual(f.dtBottom - 1);
      expect(Math.abs(f.ddLeft - f.dtLeft), `${path} ${f.label}`).toBeLessThan(2);
      expect(f.ddWidth, `${path} ${f.label}`).toBeGreaterThan(300);
    }
    // Each zone's time reads on one line of its own.
    const lines = await page.locator('.event-facts time').evaluateAll((times) =>
      times.map((t) => {
        const range = document.createRange();
        range.selectNodeContents(t);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    for (const n of lines) expect(n, path).toBe(1);
    // A zone's name is never cut in two (台｜灣時間 after a long range of days).
    const zoneLines = await page
      .locator('.event-facts .zoned-time small')
      .evaluateAll((labels) => labels.map((l) => new Set([...l.getClientRects()].map((r) => Math.round(r.top))).size));
    for (const n of zoneLines) expect(n, `${path}: a zone name on one line`).toBe(1);
    const s = await strip(page);
    expect(s.visible, path).toBe(true);
    const box = (await page.locator('[data-span-locator] svg').boundingBox())!;
    expect(box.width, path).toBeGreaterThan(300);
  }
  await context.close();
});
