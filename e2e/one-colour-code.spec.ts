// One colour code across the charts (docs/pictures.md): every data graphic stands out from the page at
// 3:1 in light and in dark, the brand accent paints no data, each colour means one thing, and every chart
// that encodes something carries a legend.
import { expect, test, type Page } from '@playwright/test';
import { terms as ceoTerms, tallies } from './support/documentary';

/** Data graphics to check, with the chart they belong to: the part of each that carries the colour. */
const graphics = [
  '[data-timeline-chart] svg:is(.tl-wide, .tl-tall) a.tl-mark path:not(.tl-leader)',
  '[data-timeline-chart] svg:is(.tl-wide, .tl-tall) .tl-range',
  '[data-succession] svg .term rect',
  'svg.tl-wide .succession-band .term rect',
  '[data-tally] .cell',
  '[data-board] .seat-mark',
  '[data-structure] .structure-node rect',
  '[data-structure] .structure-link line',
].join(', ');

/** For every visible data graphic: what it is, its colour (fill, or stroke where it is hollow) and its contrast with the page. */
function colours(page: Page) {
  return page.evaluate((selector) => {
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (css: string) => {
      const [r, g, b] = rgb(css).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: string, b: string) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    const paper = getComputedStyle(document.documentElement).backgroundColor;
    const probe = document.createElement('i');
    probe.style.color = 'var(--accent-2)';
    document.body.append(probe);
    const accent = getComputedStyle(probe).color;
    probe.remove();
    return {
      accent,
      items: [...document.querySelectorAll(selector)]
        .filter((el) => el.getBoundingClientRect().width > 0 && (el as SVGElement).checkVisibility())
        .map((el) => {
          const style = getComputedStyle(el);
          const filled = el.tagName !== 'line' && style.fill !== 'none' && ratio(style.fill, paper) > 1.05;
          const colour = filled ? style.fill : style.stroke;
          return {
            what: `${el.closest('figure')?.className} ${el.getAttribute('class') ?? el.tagName} ${el.closest('[data-event],[data-term],[data-seat]')?.getAttribute('data-event') ?? ''}`,
            colour,
            other: filled ? style.stroke : style.fill,
            contrast: Math.round(ratio(colour, paper) * 100) / 100,
            opacity: Number(style.opacity),
          };
        }),
    };
  }, graphics);
}

const pages = ['/zh-hant/', '/zh-hant/timeline/', '/zh-hant/chapters/causes/', '/zh-hant/chapters/impact/'];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1440, 390]) {
    test(`${colorScheme}, ${width} px: every data graphic stands out from the page at 3:1 and none is painted in the brand accent`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme,
        isMobile: width < 600,
        hasTouch: width < 600,
      });
      const page = await context.newPage();
      let seen = 0;
      for (const path of pages) {
        await page.goto(path);
        const { accent, items } = await colours(page);
        seen += items.length;
        const faint = items.filter((i) => i.contrast < 3 || i.opacity < 1);
        expect(faint, `${path}: graphics under 3:1`).toEqual([]);
        expect(
          items.filter((i) => i.colour === accent || i.other === accent),
          `${path}: data painted in the brand accent`,
        ).toEqual([]);
      }
      expect(seen).toBeGreaterThan(100);
      await context.close();
    });
  }
}

test('each colour means one thing: a CEO’s colour is no event track’s, and the letter’s later signatures are no one’s term', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/zh-hant/timeline/');
  const fills = (selector: string) => page.locator(selector).evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).fill))]);
  const main = await fills('svg.tl-wide a.tl-main.claim-fact path:not(.tl-leader)');
  const aside = await fills('svg.tl-wide a.tl-aside.claim-fact path:not(.tl-leader)');
  const terms = await fills('svg.tl-wide .succession-band .term rect');
  const letter = await fills('[data-tally] .cell:not(.rest)');
  expect(main).toHaveLength(1);
  expect(aside).toHaveLength(1);
  // One colour per CEO and one per reported count.
  expect(terms).toHaveLength(new Set(ceoTerms().map((t) => t.holder)).size);
  expect(letter).toHaveLength(tallies().length);
  const all = [...main, ...aside, ...terms, ...letter];
  expect(new Set(all).size, all.join(' ')).toBe(all.length);
});

test('every chart that encodes something carries its legend', async ({ page }) => {
  await page.goto('/zh-hant/');
  await expect(page.locator('[data-timeline-chart] .tl-legend li').first()).toBeVisible();
  await expect(page.locator('[data-succession] .succession-list li').first()).toBeVisible();
  await page.goto('/zh-hant/timeline/');
  // Each count, and those never counted.
  await expect(page.locator('[data-tally] ol li')).toHaveCount(tallies().length + (tallies().some((t) => t.total) ? 1 : 0));
});
