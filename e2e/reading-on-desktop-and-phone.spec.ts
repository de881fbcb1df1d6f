// The reading layout a reader meets on a laptop (1440 px) and on a phone (390 px, touch).
import { expect, test, type Browser, type Page } from '@playwright/test';

const phone = (browser: Browser) => browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** Scrolls to the middle of the page and waits until the browser has painted that position. */
async function scrollToMiddle(page: Page) {
  await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(500);
}

test.describe('on a 1440 px screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('a chapter reads at 17 px or more, about 35–40 characters a line, with its contents beside it mid-chapter', async ({ page }) => {
    await page.goto('/zh-hant/chapters/process/');
    const paragraph = page.locator('.prose > p').first();
    const size = await paragraph.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(17);
    const perLine = (await paragraph.evaluate((p) => p.getBoundingClientRect().width)) / size;
    expect(perLine).toBeGreaterThanOrEqual(33);
    expect(perLine).toBeLessThanOrEqual(41);
    await scrollToMiddle(page);
    await expect(page.locator('.toc ol')).toBeInViewport();
    await expect(page.locator('.toc a[aria-current="location"]')).toHaveCount(1);
    await expect(page.locator('.toc a[aria-current="location"]')).toBeInViewport();
  });

  test('the reading-progress bar has grown by mid-chapter', async ({ page }) => {
    await page.goto('/zh-hant/chapters/process/');
    await scrollToMiddle(page);
    await expect.poll(() => page.locator('.reading-progress').evaluate((bar) => bar.getBoundingClientRect().width)).toBeGreaterThan(300);
  });

  test('a chapter ends with a large card for the next chapter and its summary', async ({ page }) => {
    await page.goto('/zh-hant/chapters/process/');
    const card = page.locator('a.next-card[rel="next"]');
    await expect(card).toContainText('起因');
    await expect(card.locator('.next-card-summary')).not.toBeEmpty();
    expect((await card.boundingBox())!.height).toBeGreaterThan(80);
  });

  test('CJK prose is set ragged, not justified, and names break only where the build allows (after their middle dot)', async ({ page }) => {
    await page.goto('/zh-hant/chapters/process/');
    expect(
      await page
        .locator('.prose > p')
        .first()
        .evaluate((p) => getComputedStyle(p).textAlign),
    ).not.toBe('justify');
    expect(
      await page
        .locator('.prose .person-ref')
        .first()
        .evaluate((a) => getComputedStyle(a).wordBreak),
    ).toBe('keep-all');
  });
});

test.describe('on a 390 px touch screen', () => {
  test('the header is one row of 64 px or less, with the sections behind one menu button and no keyboard hint', async ({ browser }) => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto('/zh-hant/chapters/process/');
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThanOrEqual(64);
    await expect(page.locator('.search-open kbd')).toBeHidden();
    await expect(page.locator('.prose > p').first()).toBeInViewport();
    const menu = page.getByRole('button', { name: '選單' });
    await menu.tap();
    const sections = page.getByRole('navigation', { name: '主選單' }).getByRole('link');
    await expect(sections.first()).toBeVisible();
    for (const link of await sections.all()) {
      const box = (await link.boundingBox())!;
      expect(box.height, (await link.textContent()) ?? '').toBeGreaterThanOrEqual(24);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await expect(page.getByRole('navigation', { name: '繁簡切換' }).getByRole('link', { name: '简' })).toBeVisible();
    await scrollToMiddle(page);
    expect((await page.locator('.site-header').boundingBox())!.y).toBe(0);
    await context.close();
  });

  test('tapping a term, a person or an event opens its card on screen and keeps the page; the card links to its page', async ({
    browser,
  }) => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto('/zh-hant/chapters/process/');
    const card = page.getByRole('dialog');
    for (const kind of ['term', 'person', 'event']) {
      const holder = page.locator(`.in-place-${kind}`).first();
      await holder.scrollIntoViewIfNeeded();
      await holder.locator('a').tap();
      await expect(card).toBeVisible();
      await expect(card).toBeInViewport({ ratio: 1 });
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.width, 'a sheet across the screen').toBeGreaterThan(340);
      await expect(page).toHaveURL(/\/chapters\/process\/$/);
      await card.getByRole('button', { name: '關閉' }).tap();
      await expect(card).toBeHidden();
    }
    const term = page.locator('.in-place-term').first();
    await term.locator('a').tap();
    await card.locator('a.note-card-link').tap();
    await expect(page).toHaveURL(/\/glossary\/[^/]+\/$/);
    await context.close();
  });

  test('headings and figure captions break between words, never inside one, in either script', async ({ browser }) => {
    test.slow();
    const context = await phone(browser);
    const page = await context.newPage();
    for (const path of ['', 'chapters/process/', 'chapters/causes/', 'chapters/impact/', 'events/altman-fired/', 'people/', 'timeline/']) {
      for (const script of ['zh-hant', 'zh-hans']) {
        await page.goto(`/${script}/${path}`);
        // Each Chinese word of a visible h1–h3 or caption (as the browser's own segmenter finds it) lies on one line.
        const split = await page.evaluate(
          (lang) => {
            const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
            const broken: string[] = [];
            for (const heading of document.querySelectorAll<HTMLElement>('main h1, main h2, main h3, main figcaption')) {
              if (!heading.checkVisibility()) continue;
              const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.textContent ?? '';
                for (const { segment, index, isWordLike } of segmenter.segment(text)) {
                  if (!isWordLike || segment.length < 2 || !/\p{Script=Han}/u.test(segment)) continue;
                  const tops = new Set<number>();
                  for (let i = index; i < index + segment.length; i++) {
                    const range = document.createRange();
                    range.setStart(node, i);
                    range.setEnd(node, i + 1);
                    tops.add(Math.round(range.getBoundingClientRect().top));
                  }
                  if (tops.size > 1) broken.push(`${segment} in ${heading.textContent}`);
                }
              }
            }
            return broken;
          },
          script === 'zh-hans' ? 'zh-Hans' : 'zh-Hant',
        );
        expect(split, `${script}/${path}`).toEqual([]);
      }
    }
    await context.close();
  });

  test('no page type scrolls sideways', async ({ browser }) => {
    test.slow();
    const context = await phone(browser);
    const page = await context.newPage();
    for (const path of [
      '',
      'chapters/process/',
      'events/altman-fired/',
      'events/',
      'people/',
      'people/sam-altman/',
      'glossary/',
      'glossary/agi/',
      'timeline/',
      'sources/',
      'search/?q=Altman',
      'no-such-page/',
    ]) {
      for (const script of ['zh-hant', 'zh-hans']) {
        await page.goto(`/${script}/${path}`);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${script}/${path}`).toBeLessThanOrEqual(390);
      }
    }
    await context.close();
  });
});

test('an event page links to the chapter section that tells it, and to its place on the timeline', async ({ page }) => {
  await page.goto('/zh-hant/events/altman-fired/');
  const told = page.locator('.told-in a').first();
  await expect(told).toContainText('過程');
  await expect(told).toContainText(/11\s?月\s?17\s?日/);
  await told.click();
  await expect(page).toHaveURL(/\/chapters\/process\/#event-altman-fired$/);
  await expect(page.locator('#event-altman-fired')).toBeInViewport();
  await page.goBack();
  await page.locator('.event-facts a[href*="/timeline/"]').click();
  await expect(page).toHaveURL(/\/timeline\/#event-altman-fired$/);
  await expect(page.locator('#event-altman-fired')).toBeInViewport();
});

test('term pages say where the term appears; people are grouped by the content', async ({ page }) => {
  await page.goto('/zh-hant/glossary/nonprofit-board/');
  await expect(page.locator('.told-in a[href*="/chapters/"]').first()).toBeVisible();
  await page.goto('/zh-hant/people/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['董事會', 'OpenAI 的領導層與員工', '微軟與投資人', '其他人物']);
  await expect(page.locator('#group-board ~ ul a[href$="/people/helen-toner/"]')).toHaveCount(1);
});

test('the 404 page offers a search form and the chapters', async ({ page }) => {
  const response = await page.goto('/zh-hant/no-such-page/');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('main').getByRole('search')).toBeVisible();
  await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
  await expect(page.getByRole('main').locator('a[href$="/chapters/process/"]')).toBeVisible();
});
