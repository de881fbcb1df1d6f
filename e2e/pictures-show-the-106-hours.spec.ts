import { expect, test } from '@playwright/test';
import { board, documentary, event, eventsOfKind, number, tallies, terms } from './support/documentary';

test('the timeline chart has a mark for every event, each a focusable link named after its event', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  const chart = page.locator('[data-timeline-chart] svg.tl-wide');
  const marks = chart.locator('a.tl-mark');
  await expect(marks).toHaveCount(documentary().events.length);
  await expect(chart.locator('a.tl-main')).toHaveCount(eventsOfKind('main').length);
  await expect(chart.locator('a.tl-aside')).toHaveCount(eventsOfKind('aside').length);
  const fired = chart.locator('a.tl-mark[data-event="altman-fired"]');
  await expect(fired).toHaveAttribute('href', '/zh-hant/events/altman-fired/');
  await expect(fired).toHaveAttribute(
    'aria-label',
    new RegExp(`^主線 ${number(event('altman-fired'))}：董事會.*，11月17日（週五）12:00（太平洋時間）；11月18日（週六）04:00（台灣時間）$`),
  );
  await fired.focus();
  await expect(fired).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/zh-hant\/events\/altman-fired\/$/);
});

test('a mark’s name writes its times as the pages do: how firmly known, then the zone in brackets, in both scripts', async ({ page }) => {
  await page.goto('/zh-hans/timeline/');
  // An event whose time is known only approximately (約).
  await expect(page.locator('[data-timeline-chart] svg.tl-wide a.tl-mark[data-event="murati-named-interim-ceo"]')).toHaveAttribute(
    'aria-label',
    /，约11月17日（周五）12:30（太平洋时间）；约11月18日（周六）04:30（北京时间）$/,
  );
});

test('under the chart, the same events as an ordered list, all of them', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  const items = page.locator('[data-timeline-list] li.timeline-item');
  await expect(items).toHaveCount(documentary().events.length);
  await expect(items.first()).toContainText('主線 #01');
});

// The story's own holders and hours are asserted in documentary-is-complete.spec.ts.
test('who was CEO: each holder in turn, with the hours each held it', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  const list = page.locator('[data-succession] .succession-list li');
  await expect(list).toHaveCount(terms().length);
  expect(await list.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.holder))).toEqual(terms().map((t) => t.holder));
  for (const [i, { hours }] of terms().entries()) if (hours !== undefined) await expect(list.nth(i)).toContainText(hours);
  // Real terms: Altman's first began before the story and his second goes on after it; neither is cut to hours.
  await expect(list.nth(0)).toContainText('此前起在任');
  await expect(list.last()).toContainText('之後續任');
});

test('who was CEO sits on the timeline’s scale, one colour per person, names at 12 px or more', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/zh-hant/');
  const markX = async (id: string) => {
    const box = (await page.locator(`svg.tl-wide a[data-event="${id}"] path`).first().boundingBox())!;
    return box.x + box.width / 2;
  };
  // The band is drawn inside the whole-story timeline, under its axis (it was a separate strip with no axis).
  const termX = async (holder: string, i = 0) =>
    (await page.locator(`svg.tl-wide .succession-band [data-term="${holder}"] rect`).nth(i).boundingBox())!.x;
  // Murati's term starts at the 15:00 announcement (the event that carries the succession), not at the noon call.
  expect(Math.abs((await termX('mira-murati')) - (await markX('murati-named-interim-ceo')))).toBeLessThan(2);
  expect(Math.abs((await termX('emmett-shear')) - (await markX('shear-named-ceo')))).toBeLessThan(2);
  const fills = await page
    .locator('svg.tl-wide .succession-band [data-term] rect')
    .evaluateAll((rects) => rects.map((r) => getComputedStyle(r).fill));
  // One colour per person: a holder's terms share one, and no two holders do.
  const holders = terms().map((t) => t.holder);
  expect(fills).toHaveLength(holders.length);
  for (const [i, holder] of holders.entries()) expect(fills[i]).toBe(fills[holders.indexOf(holder)]);
  expect(new Set(fills).size).toBe(new Set(holders).size);
  for (const width of [1440, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const sizes = await page
      // Visible texts: each chart draws its days once per zone order and hides the other.
      .locator('[data-succession] svg:visible text:visible, svg.tl-wide:visible .succession-band text:visible')
      .evaluateAll((texts) => texts.map((t) => (t as SVGTextElement).getBoundingClientRect().height));
    expect(sizes.length).toBeGreaterThan(0);
    // A glyph box is about 1.3 × the font size; 15.5 px tall means a font of 12 px or more.
    expect(Math.min(...sizes), `at ${width} px`).toBeGreaterThanOrEqual(15.5);
  }
});

// The story's own seats and votes are asserted in documentary-is-complete.spec.ts.
test('the board before and after: every seat, who decided, who was not in the vote, who chairs after', async ({ page }) => {
  const seats = board();
  await page.goto('/zh-hant/');
  const drawn = page.locator('[data-board]');
  await expect(drawn.locator('figcaption')).toContainText(
    `${seats.before.length} 席，由其餘 ${seats.for.length} 位董事決定解僱，${seats.absent.length} 位未參與表決`,
  );
  await expect(drawn.locator('#board-before + ul .seat')).toHaveCount(seats.before.length);
  await expect(drawn.locator('#board-before + ul .vote-for')).toHaveCount(seats.for.length);
  // A seat not in the vote gets no side.
  await expect(drawn.locator('#board-before + ul .vote-against')).toHaveCount(seats.against.length);
  for (const seat of seats.absent) {
    await expect(drawn.locator(`#board-before + ul [data-seat="${seat}"]`)).toHaveClass(/vote-absent/);
    await expect(drawn.locator(`#board-before + ul [data-seat="${seat}"] .seat-vote`)).toHaveText('未參與表決');
  }
  await expect(drawn.locator('#board-after + ul .seat')).toHaveCount(seats.after.length);
  await expect(drawn.locator('#board-after + ul .seat.chair')).toHaveAttribute('data-seat', seats.chair!);
  for (const seat of seats.stays) await expect(drawn.locator(`#board-after + ul [data-seat="${seat}"]`)).toHaveClass(/stays/);
});

// The story's own counts (743, then 747 of 770) are asserted in documentary-is-complete.spec.ts.
test('the letter: signatures as reported, each count with its total and share', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  const rows = page.locator('[data-tally] li[data-value]');
  await expect(rows).toHaveCount(tallies().length);
  for (const [i, { value, total, share, atLeast }] of tallies().entries()) {
    const shown = `${value}${total ? ` / ${total}` : ''} 人${share === undefined ? '' : `（${atLeast ? '逾 ' : ''}${Math.round(share * 100)}%）`}`;
    await expect(rows.nth(i)).toContainText(shown);
  }
});

test('the letter draws one square per employee: each count, what each added, and who never signed, with its source', async ({ page }) => {
  const counts = tallies().map((t) => t.value);
  const total = tallies().find((t) => t.total)!.total!;
  await page.goto('/zh-hant/timeline/');
  const letter = page.locator('[data-tally]');
  await expect(letter.locator('svg')).toHaveAttribute(
    'aria-label',
    new RegExp(`${total} 個方格.*${counts.join('、')} 人，未簽名 ${total - counts.at(-1)!} 人`),
  );
  for (const [i, count] of counts.slice(1).entries())
    await expect(letter.locator('.letter-note')).toContainText(`再增 ${count - counts[i]} 人`);
  await expect(letter.locator('.chart-source a')).toHaveAttribute('href', '/zh-hant/sources/#newgeek-retrospective');
});

test('a profile shows the person’s own path: their events, labelled, and their roles over time', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/zh-hant/people/emmett-shear/');
  const chart = page.locator('[data-timeline-chart] svg.tl-wide');
  await expect(chart.locator('a.tl-mark[data-event="shear-named-ceo"]')).toBeVisible();
  await expect(chart.locator('a.tl-mark[data-event="ilya-messages-altman"]')).toHaveCount(0);
  expect(await chart.locator('a.tl-mark').count()).toBe(await page.locator('.event-list > li').count());
  await expect(chart.locator('a.tl-mark[data-event="shear-threatens-to-quit"] text')).toHaveText('希爾揚言辭職');
  await expect(chart.locator('.tl-role text')).toContainText(['OpenAI 臨時執行長']);
});

test('on a phone a profile still draws the person’s roles over time, each title on screen', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/zh-hant/people/sam-altman/');
  const roles = page.locator('[data-timeline-chart] svg.tl-roles-tall .tl-role');
  await expect(roles.locator('text')).toHaveText([
    'OpenAI 執行長',
    'OpenAI 董事會成員',
    '遭董事會解僱的前執行長',
    '微軟宣布延攬的前 OpenAI 執行長',
    'OpenAI 執行長（回任）',
  ]);
  const chart = (await page.locator('svg.tl-roles-tall').boundingBox())!;
  for (const role of await roles.all()) {
    await expect(role.locator('rect')).toBeVisible();
    const box = (await role.locator('text').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(chart.x);
    expect(box.x + box.width, 'the title is not cut off by the chart’s edge').toBeLessThanOrEqual(chart.x + chart.width);
  }
  await context.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`on a phone in ${colorScheme} mode a person's role bars stand out from the page (3:1, WCAG 1.4.11)`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme });
    const page = await context.newPage();
    await page.goto('/zh-hant/people/sam-altman/');
    await expect(page.locator('svg.tl-roles-tall .tl-role rect').first()).toBeVisible();
    const ratio = await page.evaluate(() => {
      const rgb = (css: string) =>
        css
          .match(/[\d.]+/g)!
          .slice(0, 3)
          .map(Number);
      const luminance = (css: string) => {
        const [r, g, b] = rgb(css).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const bar = luminance(getComputedStyle(document.querySelector('svg.tl-roles-tall .tl-role rect')!).fill);
      const page = luminance(getComputedStyle(document.documentElement).backgroundColor);
      return (Math.max(bar, page) + 0.05) / (Math.min(bar, page) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(3);
    await context.close();
  });
}

test('the zone toggle changes every compact time and is remembered across pages', async ({ page }) => {
  await page.goto('/zh-hant/timeline/');
  const tally = page.locator('[data-tally] li').first().locator('.zoned-time:visible');
  await expect(tally).toHaveText(/太平洋時間/);
  await page.getByRole('group', { name: '時間顯示為' }).getByRole('button', { name: '台灣時間' }).click();
  await expect(tally).toHaveText(/台灣時間/);
  await page.goto('/zh-hant/people/mira-murati/');
  await expect(page.locator('html')).toHaveAttribute('data-zone-show', '1');
  const visible = await page.locator('.event-list .zoned-time:visible').allTextContents();
  expect(visible.length).toBeGreaterThan(3);
  expect(visible.every((t) => t.includes('台灣時間'))).toBe(true);
  await expect(page.getByRole('button', { name: '台灣時間' })).toHaveAttribute('aria-pressed', 'true');
});

// Its accessibility in dark mode is checked with the other axe passes, in every-page-is-accessible.spec.ts.
test('dark mode follows the system, can be chosen, and is remembered', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/zh-hant/');
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(await background()).toBe('rgb(21, 24, 28)');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(253, 252, 249)');
  await page.getByRole('button', { name: '深色' }).click();
  expect(await background()).toBe('rgb(21, 24, 28)');
  await page.goto('/zh-hant/chapters/process/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background()).toBe('rgb(21, 24, 28)');
});

/** Boxes of the visible charts' marks and labels, and whether the page scrolls sideways. */
async function measure(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const visible = (el: Element) => (el as HTMLElement).closest('svg')!.getBoundingClientRect().width > 0;
    const marks = [...document.querySelectorAll('[data-timeline-chart] a.tl-mark')].filter(visible).map((a) => a.getBoundingClientRect());
    const labels = [...document.querySelectorAll('[data-timeline-chart] a.tl-labelled text')]
      .filter(visible)
      .map((t) => t.getBoundingClientRect());
    const charts = [
      ...document.querySelectorAll('figure[data-timeline-chart], figure[data-succession], figure[data-tally], figure[data-structure]'),
    ].map((f) => f.getBoundingClientRect());
    return { marks, labels, charts, scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth };
  });
}

for (const path of ['/zh-hant/', '/zh-hant/timeline/', '/zh-hans/timeline/']) {
  test(`at 1440 px ${path} shows the whole story without scrolling and names at least six events in place`, async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(path);
    const m = await measure(page);
    expect(m.scrollWidth).toBe(m.clientWidth);
    for (const chart of m.charts) expect(chart.right).toBeLessThanOrEqual(m.clientWidth);
    // The chart breaks out of the 608 px text column.
    expect(m.charts[0].width).toBeGreaterThan(1000);
    expect(m.labels.length).toBeGreaterThanOrEqual(6);
    for (const [i, a] of m.labels.entries()) {
      for (const b of m.labels.slice(i + 1)) {
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, 'labels never collide').toBe(false);
      }
    }
    // A label's leader (the line down to its mark) never runs through another label.
    const crossings = await page
      .locator('[data-timeline-chart] svg.tl-wide')
      .first()
      .evaluate((svg) => {
        const labels = [...svg.querySelectorAll('a.tl-labelled text')].map((t) => t.getBoundingClientRect());
        return [...svg.querySelectorAll('line.tl-leader')].flatMap((line) => {
          const l = line.getBoundingClientRect();
          return labels
            .filter((b) => l.left > b.left + 1 && l.left < b.right - 1 && l.top < b.bottom - 2 && l.bottom > b.top + 2)
            .map((b) => `leader at ${Math.round(l.left)} through label at ${Math.round(b.left)}–${Math.round(b.right)}`);
        });
      });
    expect(crossings).toEqual([]);
    const names = await page.locator('[data-timeline-chart] svg.tl-wide a.tl-labelled text').allTextContents();
    expect(names.join('、')).toMatch(
      path.includes('hans')
        ? /董事会解雇阿尔特曼/
        : /董事會解僱阿特曼.*穆拉提任臨時執行長.*希爾任臨時執行長.*微軟宣布延攬阿特曼.*員工公開信.*阿特曼回任/,
    );
  });
}

for (const path of ['/zh-hant/', '/zh-hant/timeline/', '/zh-hant/chapters/process/', '/zh-hant/people/sam-altman/', '/zh-hans/timeline/']) {
  test(`at 390 px ${path}: time runs down, nothing scrolls sideways, marks are tap targets`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const m = await measure(page);
    expect(m.scrollWidth).toBe(m.clientWidth);
    for (const chart of m.charts) expect(chart.right).toBeLessThanOrEqual(m.clientWidth);
    expect(m.marks.length).toBeGreaterThan(0);
    const big = m.marks.filter((r) => r.width >= 24 && r.height >= 24).length;
    expect(big / m.marks.length).toBeGreaterThanOrEqual(0.9);
    // Vertical: each later mark starts no higher than the one before. Marks at the same time tie, and the
    // browser's float arithmetic can put a tie 0.0001 px out of order: compare to the hundredth of a pixel.
    const tops = m.marks.map((r) => Math.round(r.top * 100) / 100);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
  });
}

test('every chapter has a generated picture in its text', async ({ page }) => {
  for (const chapter of ['process', 'causes', 'impact']) {
    await page.goto(`/zh-hant/chapters/${chapter}/`);
    await expect(
      page
        .locator(
          '.prose figure:is([data-timeline-chart], [data-structure], [data-board], [data-succession], [data-tally]) svg, .prose figure[data-board] li',
        )
        .first(),
    ).toBeVisible();
  }
});

// On a phone the timeline runs down the page and every event is labelled beside its mark.
for (const path of ['/zh-hant/', '/zh-hant/timeline/', '/zh-hans/timeline/', '/zh-hant/chapters/process/']) {
  test(`at 390 px ${path}: no timeline label is cut, crossed by a day rule or overlapped, and each sits level with its mark`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    const problems = await page.evaluate(() => {
      const found: string[] = [];
      for (const svg of document.querySelectorAll<SVGSVGElement>('[data-timeline-chart] svg.tl-tall')) {
        const frame = svg.getBoundingClientRect();
        if (frame.width === 0) continue;
        const rules = [...svg.querySelectorAll('.tl-tick.tl-major line')].map((l) => l.getBoundingClientRect());
        const marks = [...svg.querySelectorAll('a.tl-mark')].map((a) => {
          const texts = [...a.querySelectorAll('text')].map((t) => t.getBoundingClientRect());
          const mark = a.querySelector('path:not(.tl-leader)')!.getBoundingClientRect();
          return {
            name: texts.length ? a.querySelector('text')!.textContent! : '',
            texts,
            top: Math.min(...texts.map((t) => t.top)),
            bottom: Math.max(...texts.map((t) => t.bottom)),
            markY: mark.top + mark.height / 2,
          };
        });
        for (const m of marks) {
          for (const t of m.texts) {
            if (t.right > frame.right + 0.5 || t.left < frame.left - 0.5) found.push(`${m.name} is cut at the chart's edge`);
            for (const r of rules)
              if (r.top > t.top + 1 && r.top < t.bottom - 1 && r.left < t.right && r.right > t.left)
                found.push(`a day rule crosses ${m.name}`);
          }
          // Level with its mark: the label's middle is never more than a label's height away from it.
          const middle = (m.top + m.bottom) / 2;
          if (Math.abs(middle - m.markY) > Math.max(24, m.bottom - m.top) * 1.5) found.push(`${m.name} is far from its mark`);
        }
        for (const [i, a] of marks.entries())
          for (const b of marks.slice(i + 1)) {
            if (a.top < b.bottom - 1 && b.top < a.bottom - 1) found.push(`${a.name} overlaps ${b.name}`);
            // Leaders never cross: a later mark's label is never above an earlier mark's.
            if (b.markY > a.markY + 0.5 && b.top < a.top) found.push(`the leaders of ${a.name} and ${b.name} cross`);
          }
      }
      return found;
    });
    expect(problems).toEqual([]);
  });
}

test('at 1440 px the close-up of 20 November stacks the labels of one moment beside their leader, none overlapping', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/zh-hant/chapters/process/');
  const svg = page.locator('figure.tl-stretch svg.tl-wide');
  await expect(svg).toBeVisible();
  const problems = await svg.evaluate((chart) => {
    const found: string[] = [];
    const marks = [...chart.querySelectorAll('a.tl-labelled')].map((a) => {
      const mark = a.querySelector('path')!.getBoundingClientRect();
      return {
        name: a.querySelector('text')!.textContent!,
        label: a.querySelector('text')!.getBoundingClientRect(),
        x: mark.left + mark.width / 2,
      };
    });
    for (const [i, a] of marks.entries())
      for (const b of marks.slice(i + 1)) {
        const [p, q] = [a.label, b.label];
        if (p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1)
          found.push(`${a.name} overlaps ${b.name}`);
      }
    for (const line of chart.querySelectorAll('line.tl-leader')) {
      const l = line.getBoundingClientRect();
      for (const m of marks)
        if (
          Math.abs(m.x - l.left) < 1 &&
          l.left > m.label.left + 1 &&
          l.left < m.label.right - 1 &&
          l.top < m.label.bottom - 2 &&
          l.bottom > m.label.top + 2
        )
          found.push(`a leader runs through ${m.name}, a label of its own moment`);
    }
    return found;
  });
  expect(problems).toEqual([]);
});
