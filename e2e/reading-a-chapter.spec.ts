import { expect, test } from '@playwright/test';
import { event } from './support/documentary';

test('terms and people are explained in place from one notes file per script, fetched on first use', async ({ page }) => {
  const notesFetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/notes.json')) notesFetched.push(new URL(request.url()).pathname);
  });
  await page.goto('/zh-hant/chapters/causes/');
  // The page carries only the links: no note is in its HTML, and nothing is fetched before a reader asks.
  await expect(page.locator('.in-place-note')).toHaveCount(0);
  expect(notesFetched).toEqual([]);
  const term = page.locator('.in-place-term').first();
  await term.locator('a').focus();
  await expect(term.locator('.in-place-note')).toBeVisible();
  await expect(term.locator('a')).toHaveAttribute('aria-describedby', /^note-\d+$/);
  await expect(page.locator(`#${await term.locator('a').getAttribute('aria-describedby')}`)).toHaveAttribute('role', 'tooltip');
  const person = page.locator('.in-place-person').first();
  await person.locator('a').hover();
  await expect(person.locator('.in-place-note')).toBeVisible();
  expect(notesFetched).toHaveLength(1);
  expect(notesFetched[0]).toMatch(/\/zh-hant\/notes\.json$/);
  // explained at the first mention only
  await page.goto('/zh-hant/chapters/process/');
  await expect(page.locator('.in-place a[href$="/people/sam-altman/"]')).toHaveCount(1);
  expect(await page.locator('.prose a[href$="/people/sam-altman/"]').count()).toBeGreaterThan(1);
});

test("a note in the Simplified edition says what the term's own page says", async ({ page }) => {
  await page.goto('/zh-hans/chapters/causes/');
  const term = page.locator('.in-place-term').nth(1);
  await term.locator('a').hover();
  const note = term.locator('.in-place-note');
  await expect(note).toBeVisible();
  const noteText = await note.textContent();
  await term.locator('a').click();
  await expect(page).toHaveURL(/\/zh-hans\/glossary\/[^/]+\/$/);
  expect(noteText).toContain(await page.locator('.summary').first().textContent());
});

test('without JavaScript a term is a plain link to its page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/zh-hant/chapters/causes/');
  await page.locator('.in-place-term a').first().click();
  await expect(page).toHaveURL(/\/zh-hant\/glossary\/[^/]+\/$/);
  await context.close();
});

test('an event names each person with their role at that moment', async ({ page }) => {
  await page.goto('/zh-hant/events/murati-invites-altman-back/');
  const murati = page.locator('.person-cards a[href$="/people/mira-murati/"]');
  await expect(murati).toContainText('臨時執行長');
  await page.goto('/zh-hant/events/ilya-messages-altman/');
  await expect(page.locator('.person-cards a[href$="/people/sam-altman/"] .person-role')).toHaveText('OpenAI 執行長');
});

test('Escape dismisses an open note', async ({ page }) => {
  await page.goto('/zh-hant/chapters/causes/');
  const term = page.locator('.in-place-term').first();
  await term.locator('a').focus();
  await expect(term.locator('.in-place-note')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(term.locator('.in-place-note')).toBeHidden();
});

test('every heading and paragraph has a link that copies its address', async ({ browser, baseURL }) => {
  // A context of its own: permissions granted in the suite's shared context would outlive the test (playwright.config.ts).
  const context = await browser.newContext({ baseURL });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  const page = await context.newPage();
  await page.goto('/zh-hant/chapters/process/');
  const paragraphs = page.locator('.prose > p[id]');
  expect(await paragraphs.count()).toBeGreaterThan(20);
  expect(await page.locator('.prose > p:not([id])').count()).toBe(0);
  expect(await page.locator('.prose h2 > a.anchor').count()).toBe(await page.locator('.prose h2').count());
  const third = paragraphs.nth(2);
  await third.hover();
  await third.locator('a.anchor').click();
  await expect(page.getByRole('status').filter({ hasText: '已複製連結' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL('zh-hant/chapters/process/#p-3', baseURL).href);
  await expect(page).toHaveURL(/#p-3$/);
  await context.close();
});

test('the contents show which section the reader is in, and the chapter its reading time', async ({ page }) => {
  await page.goto('/zh-hant/chapters/process/');
  await expect(page.locator('.chapter .meta')).toHaveText(/^約 \d+ 分鐘讀完$/);
  const entries = page.locator('.toc a');
  const third = await entries.nth(2).getAttribute('href');
  await page.locator(`[id="${decodeURIComponent(third!.slice(1))}"]`).scrollIntoViewIfNeeded();
  await page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start' }), decodeURIComponent(third!.slice(1)));
  await expect(entries.nth(2)).toHaveAttribute('aria-current', 'location');
});

test('printing drops the navigation and keeps full references', async ({ page }) => {
  await page.goto('/zh-hant/chapters/causes/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.prev-next')).toBeHidden();
  await expect(page.locator('.references li').first()).toBeVisible();
  await expect(page.locator('.references')).toContainText('新硅 NewGeek，〈OpenAI 事件大復盤：過程、起因和影響〉，張澤一，2023年11月23日');
});

test('pages describe themselves to other sites: Open Graph, Twitter, JSON-LD by kind', async ({ page }) => {
  const jsonLd = async () => JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  await page.goto('/zh-hant/chapters/impact/');
  expect((await jsonLd())['@type']).toBe('Article');
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  await page.goto('/zh-hant/events/altman-fired/');
  expect(await jsonLd()).toMatchObject({ '@type': 'Event', startDate: new Date(event('altman-fired').epochMs).toISOString() });
  await page.goto('/zh-hant/people/sam-altman/');
  expect(await jsonLd()).toMatchObject({ '@type': 'Person', alternateName: expect.arrayContaining(['Sam Altman']) });
});
