// English inside the Chinese text is set as English: an apostrophe or a quote in an English run measures as
// a narrow Latin glyph, not a full-width CJK one (board’s, not board’ s); a footnote marker never starts a
// line of its own, away from the word it belongs to.
import { expect, test, type Browser } from '@playwright/test';

const phone = (browser: Browser) => browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

for (const path of [
  '/zh-hant/chapters/causes/',
  '/zh-hans/chapters/causes/',
  '/zh-hant/chapters/process/',
  '/zh-hans/glossary/nonprofit-board/',
]) {
  test(`${path}: every ’ and “ ” inside English measures as a Latin glyph (under half an em)`, async ({ page }) => {
    await page.goto(path);
    const widths = await page.locator('main').evaluate((main) => {
      const out: { char: string; context: string; ems: number }[] = [];
      const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement?.closest('svg, script, style')) continue;
        for (const match of node.data.matchAll(/[A-Za-z][’‘“”]|[’‘“”][A-Za-z]/g)) {
          const at = match.index + (/[’‘“”]/.test(match[0][0]) ? 0 : 1);
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 1);
          const size = parseFloat(getComputedStyle(node.parentElement!).fontSize);
          out.push({
            char: node.data[at],
            context: node.data.slice(Math.max(0, at - 8), at + 8),
            ems: range.getBoundingClientRect().width / size,
          });
        }
      }
      return out;
    });
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.filter((w) => w.ems >= 0.5)).toEqual([]);
  });
}

test('Chinese quotation marks stay full-width in the Simplified edition', async ({ page }) => {
  await page.goto('/zh-hans/chapters/causes/');
  const ems = await page.locator('.prose').evaluate((prose) => {
    const walker = document.createTreeWalker(prose, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.search(/“\p{Script=Han}/u);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return range.getBoundingClientRect().width / parseFloat(getComputedStyle(node.parentElement!).fontSize);
    }
    return 0;
  });
  expect(ems).toBeGreaterThan(0.8);
});

test('on a phone no footnote marker starts a line: each sits on the line of the character before it', async ({ browser }) => {
  const context = await phone(browser);
  const page = await context.newPage();
  for (const path of ['/zh-hant/chapters/process/', '/zh-hant/chapters/causes/', '/zh-hans/chapters/impact/']) {
    await page.goto(path);
    const orphans = await page.locator('.prose').evaluate((prose) =>
      [...prose.querySelectorAll('sup.cite')].flatMap((sup) => {
        // The last visible character before the marker, in document order.
        const walker = document.createTreeWalker(prose, NodeFilter.SHOW_TEXT);
        let before: { node: Text; at: number } | undefined;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (sup.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) break;
          const at = node.data.replace(/[\s\u2060]+$/, '').length - 1;
          if (at >= 0) before = { node, at };
        }
        if (!before) return [];
        const range = document.createRange();
        range.setStart(before.node, before.at);
        range.setEnd(before.node, before.at + 1);
        const char = range.getBoundingClientRect();
        const mark = sup.getBoundingClientRect();
        // Same line: the marker's box starts no lower than the character's box ends.
        return mark.top < char.bottom && mark.left >= char.left ? [] : [`${before.node.data.slice(-6)}${sup.textContent}`];
      }),
    );
    expect(orphans, path).toEqual([]);
  }
  await context.close();
});

test('on a phone a long name that does not fit breaks after its middle dot, never inside a part of it', async ({ browser }) => {
  const context = await phone(browser);
  const page = await context.newPage();
  let broken = 0;
  for (const path of [
    '/zh-hant/chapters/process/',
    '/zh-hant/chapters/causes/',
    '/zh-hant/chapters/impact/',
    '/zh-hans/chapters/process/',
  ]) {
    await page.goto(path);
    const breaks = await page.locator('.prose').evaluate((prose) =>
      [...prose.querySelectorAll('.person-ref')].flatMap((name) => {
        // Each character's line, then where the line changes inside the name.
        const chars: { char: string; top: number }[] = [];
        const walker = document.createTreeWalker(name, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (node.parentElement!.closest('.in-place-note')) continue;
          for (let i = 0; i < node.data.length; i++) {
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + 1);
            const r = range.getBoundingClientRect();
            // A space the line broke at collapses to no width; it still marks where the break is.
            if (r.width > 0 || node.data[i] === ' ') chars.push({ char: node.data[i], top: Math.round(r.top) });
          }
        }
        return chars.slice(1).flatMap((c, i) => (c.top > chars[i].top + 4 ? [`${chars[i].char}|${c.char}`] : []));
      }),
    );
    broken += breaks.length;
    // A break after the dot, at a space or before a bracket is allowed; one between two characters of a part is not.
    expect(
      breaks.filter((b) => !/^·\||^ \||\| |\|（/.test(b)),
      path,
    ).toEqual([]);
  }
  expect(broken, 'some long name wraps on a phone').toBeGreaterThan(0);
  await context.close();
});
