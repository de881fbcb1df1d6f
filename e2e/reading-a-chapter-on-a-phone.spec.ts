// Finding one's way in a chapter on a phone (390 px, touch): the header names the section being read and
// opens the contents; a tapped name, term or event opens a card with a link to its page; a tapped footnote
// marker opens its source in the same card, and closing it leaves the reader where they were.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { axe } from './support/axe';

const phone = (browser: Browser, colorScheme: 'light' | 'dark' = 'light') =>
  browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, colorScheme });
const chapter = '/zh-hant/chapters/process/';

async function scrollToMiddle(page: Page) {
  await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
  await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(500);
}

/** Relative luminance difference between two computed colours: how far apart two surfaces read. */
function luminance(rgb: string) {
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((c) => {
      const v = Number(c) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

for (const script of ['zh-hant', 'zh-hans']) {
  test(`${script}: after scrolling, the header names the current section and opens the chapter's contents`, async ({ browser }) => {
    const context = await phone(browser);
    const page = await context.newPage();
    await page.goto(`/${script}/chapters/process/`);
    const button = page.locator('.site-header .section-button');
    await expect(button).toBeHidden();
    await scrollToMiddle(page);
    await expect(button).toBeVisible();
    // It names the section the contents mark as being read, and the header stays one row with every button.
    const current = (await page.locator('.toc a[aria-current="location"]').textContent())!.trim();
    await expect(button).toContainText(current);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.y).toBe(0);
    expect(header.height).toBeLessThanOrEqual(64);
    for (const control of [button, page.locator('.site-header .search-open'), page.locator('.site-header .menu-button')]) {
      const box = (await control.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      expect(box.height).toBeGreaterThanOrEqual(40);
      expect(box.y + box.height).toBeLessThanOrEqual(header.height);
    }

    await button.tap();
    const list = page.locator('#chapter-sections');
    await expect(list).toBeVisible();
    const entries = list.getByRole('link');
    await expect(entries).toHaveText(await page.locator('.toc ol a').allTextContents());
    await expect(list.locator('a[aria-current="location"]')).toHaveText(current);
    const target = entries.last();
    const hash = (await target.getAttribute('href'))!;
    const name = (await target.textContent())!.trim();
    await target.tap();
    await expect(list).toBeHidden();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).hash)).toBe(decodeURIComponent(hash));
    await expect(page.locator(decodeURIComponent(hash).replace(/^#(.*)$/, '[id="$1"]'))).toBeInViewport();
    await expect(button).toContainText(name);
    await context.close();
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`in ${colorScheme} mode a tapped name, term or event opens a card on its own surface, with a link to its page and a close button`, async ({
    browser,
  }) => {
    const context = await phone(browser, colorScheme);
    const page = await context.newPage();
    await page.goto(chapter);
    const card = page.getByRole('dialog');
    for (const kind of ['person', 'term', 'event']) {
      const word = page.locator(`.in-place-${kind} > a`).first();
      await word.scrollIntoViewIfNeeded();
      const href = (await word.getAttribute('href'))!;
      await word.tap();
      await expect(card).toBeVisible();
      await expect(card).toBeInViewport({ ratio: 1 });
      const box = (await card.boundingBox())!;
      expect(box.width, 'a sheet across the screen').toBeGreaterThan(340);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      await expect(page).toHaveURL(new RegExp(`${chapter}$`));
      // Named by its title, saying what the note says, linking to the page, with focus inside.
      expect((await card.getAttribute('aria-labelledby'))!).toBeTruthy();
      await expect(page.locator('#note-card-title')).not.toBeEmpty();
      await expect(card.locator('.note-card-text')).not.toBeEmpty();
      expect(new URL((await card.locator('a.note-card-link').getAttribute('href'))!, page.url()).pathname).toBe(href);
      expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
      // Its own surface: set apart from the page in either mode.
      const [surface, paper] = await card.evaluate((d) => [
        getComputedStyle(d).backgroundColor,
        getComputedStyle(document.body).backgroundColor || '',
      ]);
      const pageColour =
        paper === 'rgba(0, 0, 0, 0)' ? await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor) : paper;
      expect(surface).not.toBe(pageColour);
      if (colorScheme === 'dark') expect(luminance(surface)).toBeGreaterThan(luminance(pageColour) + 0.01);
      await card.getByRole('button', { name: '關閉' }).tap();
      await expect(card).toBeHidden();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(href);
    }
    // The card's link goes to the page.
    const term = page.locator('.in-place-term > a').first();
    await term.tap();
    await card.locator('a.note-card-link').tap();
    await expect(page).toHaveURL(/\/glossary\/[^/]+\/$/);
    await context.close();
  });
}

test('Escape and a tap outside close the card; axe finds nothing wrong with it open', async ({ browser }) => {
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(chapter);
  const card = page.getByRole('dialog');
  const person = page.locator('.in-place-person > a').first();
  await person.tap();
  await expect(card).toBeVisible();
  const result = await axe(page).analyze();
  expect(result.violations.map((v) => `${v.id} ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  await person.tap();
  await expect(card).toBeVisible();
  await page.touchscreen.tap(195, 60);
  await expect(card).toBeHidden();
  await context.close();
});

test('a tapped footnote marker opens its source in the card, without leaving the place in the text', async ({ browser }) => {
  const context = await phone(browser);
  const page = await context.newPage();
  await page.goto(chapter);
  const marker = page.locator('.prose .cite a[href^="#ref-"]').nth(2);
  await marker.scrollIntoViewIfNeeded();
  const before = await page.evaluate(() => scrollY);
  const target = (await marker.getAttribute('href'))!;
  await marker.tap();
  const card = page.getByRole('dialog');
  await expect(card).toBeVisible();
  await expect(card).toBeInViewport({ ratio: 1 });
  const reference = (await page.locator(target).textContent())!.replace(/\s+/g, ' ').trim();
  expect((await card.locator('.note-card-text').textContent())!.replace(/\s+/g, ' ').trim()).toBe(reference);
  await expect(page.locator('#note-card-title')).toContainText((await marker.textContent())!.trim());
  expect(new URL(page.url()).hash).toBe('');
  expect(Math.abs((await page.evaluate(() => scrollY)) - before)).toBeLessThanOrEqual(2);
  // The way back: closing returns to the marker, where the reader was.
  await card.getByRole('button', { name: '關閉' }).tap();
  await expect(card).toBeHidden();
  await expect(marker).toBeFocused();
  await expect(marker).toBeInViewport();
  // The card's link leads on to the full list of sources.
  await marker.tap();
  await card.locator('a.note-card-link').tap();
  await expect(card).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  await context.close();
});

test('without JavaScript a footnote marker still leads to its source in the list', async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const page = await context.newPage();
  await page.goto(chapter);
  const marker = page.locator('.prose .cite a[href^="#ref-"]').first();
  const target = (await marker.getAttribute('href'))!;
  await marker.tap();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
  await expect(page.locator('.section-button')).toBeHidden();
  await context.close();
});
