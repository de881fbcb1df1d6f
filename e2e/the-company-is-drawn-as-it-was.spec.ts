// The company as it was in November 2023: the nonprofit board at the top, controlling the capped-profit
// company through its general partner, Microsoft a minority investor beside that company, its stake marked
// as reported. The heading says the same as the drawing.
import { expect, test } from '@playwright/test';

for (const width of [1440, 390]) {
  test(`at ${width} px the board sits at the top of the chain of control and Microsoft beside the company it invests in`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, isMobile: width < 600, hasTouch: width < 600 });
    const page = await context.newPage();
    await page.goto('/zh-hant/chapters/causes/');
    const figure = page.locator('figure[data-structure]');
    await expect(figure.locator('figcaption')).toContainText('非營利董事會在最上面');
    await expect(figure.locator('figcaption')).toContainText('普通合夥人');
    const { boxes, arrows, texts } = await figure.locator('svg').evaluate((svg) => {
      const rect = (el: Element) => {
        const r = el.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      return {
        boxes: Object.fromEntries(
          [...svg.querySelectorAll('a.structure-node')].map((a) => [a.getAttribute('data-term')!, rect(a.querySelector('rect')!)] as const),
        ),
        arrows: [...svg.querySelectorAll('.structure-link')].map((g) => ({
          from: g.getAttribute('data-from'),
          to: g.getAttribute('data-to'),
          line: rect(g.querySelector('line')!),
          dashed: getComputedStyle(g.querySelector('line')!).strokeDasharray !== 'none',
          label: g.querySelector('text')!.textContent,
        })),
        texts: [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, ...rect(t) })),
      };
    });
    const board = boxes['nonprofit-board'];
    const gp = boxes['openai-gp-llc'];
    const company = boxes['openai-global-llc'];
    const microsoft = boxes['microsoft'];
    // Top to bottom: board, general partner, company; nothing sits level with or above the board.
    expect(board.bottom).toBeLessThan(gp.top);
    expect(gp.bottom).toBeLessThan(company.top);
    for (const [id, box] of Object.entries(boxes)) if (id !== 'nonprofit-board') expect(box.top, id).toBeGreaterThan(board.bottom);
    // Microsoft beside the company, level with it, its arrow running into the company's side.
    expect(Math.abs(microsoft.top - company.top)).toBeLessThan(1);
    expect(microsoft.left).toBeGreaterThan(company.right);
    const stake = arrows.find((a) => a.from === 'microsoft')!;
    expect(stake.to).toBe('openai-global-llc');
    expect(stake.line.left - company.right).toBeLessThan(4);
    expect(stake.dashed).toBe(true);
    expect(stake.label).toMatch(/49%.*媒體報導/);
    expect(arrows.filter((a) => a.from !== 'microsoft').every((a) => !a.dashed)).toBe(true);
    // No label runs into a box or into another label.
    const clashes: string[] = [];
    const overlap = (a: typeof board, b: typeof board) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const labels = texts.filter((t) => arrows.some((a) => a.label === t.text));
    for (const [i, t] of labels.entries()) {
      for (const [id, box] of Object.entries(boxes)) if (overlap(t, box)) clashes.push(`${t.text} × ${id}`);
      for (const u of labels.slice(i + 1)) if (overlap(t, u)) clashes.push(`${t.text} × ${u.text}`);
    }
    expect(clashes).toEqual([]);
    const svg = (await figure.locator('svg').boundingBox())!;
    expect(svg.x + svg.width).toBeLessThanOrEqual(width);
    await context.close();
  });
}
