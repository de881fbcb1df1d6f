// The CEO strip (<Succession />) away from the timeline, and on a phone everywhere, carries its own days:
// a calendar row under (wide) or above (phone) the bars, in the reader's chosen zone. A handover sits in
// the cell of its day in that zone, every day's name sits inside its cell, none overlaps another; the key
// beneath gives its times in the same zone.
import { expect, test, type Locator, type Page } from '@playwright/test';

/** The visible strip's days: each cell's edges (from the rules) and name, and where Shear's term begins. */
function stripDays(svg: Locator) {
  return svg.evaluate((el) => {
    const view = [...el.querySelectorAll('.succession-days')].find((g) => getComputedStyle(g).display !== 'none')!;
    const box = (e: Element) => e.getBoundingClientRect();
    const svgBox = box(el);
    const rules = [...view.querySelectorAll('.band-day')].map((l) => box(l).left + box(l).width / 2).sort((a, b) => a - b);
    const edges = [svgBox.left, ...rules, svgBox.right];
    const names = [...view.querySelectorAll('.day-name')].map((t) => ({ text: t.textContent!, left: box(t).left, right: box(t).right }));
    const shear = box(el.querySelector('[data-term="emmett-shear"] rect')!).left;
    const cellOf = (x: number) => edges.findIndex((e, i) => i + 1 < edges.length && x >= e && x < edges[i + 1]);
    return {
      zone: view.querySelector('.succession-office')!.textContent,
      names,
      cells: edges.slice(0, -1).map((e, i) => [e, edges[i + 1]]),
      nameInCell: names.map((n) => cellOf((n.left + n.right) / 2)),
      shearDay: names.find((n) => cellOf((n.left + n.right) / 2) === cellOf(shear + 1))?.text,
    };
  });
}

async function chooseZone(page: Page, label: string) {
  const menu = page.getByRole('button', { name: '選單' });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('group', { name: '時間顯示為' }).getByRole('button', { name: label }).click();
}

function expectTidy(days: Awaited<ReturnType<typeof stripDays>>) {
  expect(days.names.length).toBeGreaterThanOrEqual(4);
  days.names.forEach((n, i) => {
    const [left, right] = days.cells[days.nameInCell[i]];
    expect(n.left, `${n.text} inside its day`).toBeGreaterThanOrEqual(left);
    expect(n.right, `${n.text} inside its day`).toBeLessThanOrEqual(right);
    if (i > 0) expect(n.left, `${n.text} clear of the day before`).toBeGreaterThan(days.names[i - 1].right);
  });
}

const screens = {
  desktop: { use: { viewport: { width: 1440, height: 900 } }, path: '/zh-hant/chapters/process/', svg: 'svg.succession-wide' },
  phone: {
    use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
    path: '/zh-hant/timeline/',
    svg: 'svg.succession-narrow',
  },
};

for (const [screen, { use, path, svg }] of Object.entries(screens)) {
  test.describe(screen, () => {
    test.use(use);
    test(`${path}: the CEO strip's days read Pacific time, then Taiwan time after the choice`, async ({ page }) => {
      await page.goto(path);
      const strip = page.locator(`[data-succession] ${svg}`).first();
      await expect(strip).toBeVisible();
      const pacific = await stripDays(strip);
      expect(pacific.zone).toBe('太平洋時間');
      expectTidy(pacific);
      // Shear was named on the evening of 19 November in San Francisco: the 20th in Taipei.
      expect(pacific.shearDay).toBe('11月19日');
      const firstTerm = page.locator('[data-succession] .succession-list li').first();
      await expect(firstTerm).toContainText('至 約 11月17日（週五）12:30', { useInnerText: true });

      await chooseZone(page, '台灣時間');
      await expect(page.locator('html')).toHaveAttribute('data-zone-show', '1');
      const taipei = await stripDays(strip);
      expect(taipei.zone).toBe('台灣時間');
      expectTidy(taipei);
      expect(taipei.shearDay).toBe('11月20日');
      // The key under the strip reads in the same zone: 12:30 in San Francisco is 04:30 the next day in Taipei.
      await expect(firstTerm).toContainText('至 約 11月18日（週六）04:30', { useInnerText: true });
    });
  });
}
