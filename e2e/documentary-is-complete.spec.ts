import { expect, test } from '@playwright/test';
import { internalLinks, sitemapPaths } from './support/site';

const PEOPLE = [
  'sam-altman',
  'greg-brockman',
  'ilya-sutskever',
  'mira-murati',
  'emmett-shear',
  'satya-nadella',
  'bret-taylor',
  'larry-summers',
  'adam-dangelo',
  'dario-amodei',
  'brian-chesky',
  'elon-musk',
  'anna-brockman',
  'alex-cohen',
  'brad-lightcap',
  'jason-kwon',
  'jakub-pachocki',
  'szymon-sidor',
  'helen-toner',
  'tasha-mccauley',
];

test('the documentary holds 3 chapters, 21 main events, 16 asides and every person', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const script of ['zh-hant', 'zh-hans']) {
    const under = (kind: string) => paths.filter((p) => new RegExp(`^/${script}/${kind}/[^/]+/$`).test(p));
    expect(under('chapters')).toHaveLength(3);
    expect(under('events')).toHaveLength(37);
    for (const person of PEOPLE) expect(paths).toContain(`/${script}/people/${person}/`);
  }
  const timeline = await (await request.get('/zh-hant/timeline/')).text();
  expect(timeline.match(/data-kind="main"/g)).toHaveLength(21);
  expect(timeline.match(/data-kind="aside"/g)).toHaveLength(16);
});

test('every event, person and term page is within three clicks of the home page', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const depth = new Map<string, number>([['/zh-hant/', 0]]);
  let frontier = ['/zh-hant/'];
  for (let level = 1; level <= 3; level++) {
    const next: string[] = [];
    for (const path of frontier) {
      const response = await request.get(path);
      if (!response.ok() || !response.headers()['content-type']?.includes('html')) continue;
      for (const link of internalLinks(await response.text(), origin, path)) {
        if (!depth.has(link)) {
          depth.set(link, level);
          next.push(link);
        }
      }
    }
    frontier = next;
  }
  const targets = (await sitemapPaths(request)).filter((p) => /^\/zh-hant\/(events|people|glossary)\/[^/]+\/$/.test(p));
  expect(targets.length).toBeGreaterThan(70);
  expect(targets.filter((t) => !depth.has(t))).toEqual([]);
});

// Issue 22: the fact-check's fixes a reader would notice.

test('no page presents Alex Cohen as Altman’s assistant: every mention is flagged as a joke or a rumour', async ({ page }) => {
  await page.goto('/zh-hant/people/alex-cohen/');
  const roles = page.locator('dt', { hasText: '角色' }).locator('+ dd');
  await expect(roles).toContainText('惡搞帳號');
  await expect(roles).not.toContainText('助理');
  await page.goto('/zh-hant/people/');
  await expect(
    page.locator('section.people-group', { hasText: 'OpenAI 的領導層與員工' }).locator('a[href$="/people/alex-cohen/"]'),
  ).toHaveCount(0);
  for (const path of [
    'people/alex-cohen',
    'people/sam-altman',
    'events/alex-cohen-new-job',
    'events/staff-departures-begin',
    'chapters/process',
  ]) {
    await page.goto(`/zh-hant/${path}/`);
    const mentions = page.locator('main p').filter({ hasText: '助理' });
    await expect(mentions.first()).toBeVisible();
    for (const mention of await mentions.all()) {
      const flagged = (await mention.locator('.claim-rumour').count()) > 0 || /惡搞|玩笑/.test(await mention.innerText());
      expect(flagged, `${path}: ${await mention.innerText()}`).toBe(true);
    }
  }
  await page.goto('/zh-hant/events/alex-cohen-new-job/');
  await expect(page.locator('main')).toContainText('本事件屬於傳聞');
});

test('the Anthropic merger approach cites The Information’s merger story and Reuters, not “The War Within OpenAI”', async ({ page }) => {
  for (const path of [
    'events/board-approaches-anthropic',
    'chapters/causes',
    'chapters/process',
    'people/dario-amodei',
    'glossary/anthropic',
  ]) {
    await page.goto(`/zh-hant/${path}/`);
    const references = page.locator('.references');
    await expect(references, path).toContainText("OpenAI's Board Approached Anthropic About Merger");
    await expect(references, path).toContainText('Reuters');
    await expect(references, path).not.toContainText('The War Within OpenAI');
  }
});

test('the causes chapter gives the board’s stated reason and Shear’s denial, and calls safety-versus-speed the article’s thesis', async ({
  page,
}) => {
  await page.goto('/zh-hant/chapters/causes/');
  const main = page.locator('main');
  await expect(main).toContainText('was not consistently candid in his communications with the board');
  await expect(main).toContainText('The board did not remove Sam over any specific disagreement on safety');
  await expect(main).toContainText('是回顧文章作者的分析');
});

test('Murati signed the employee letter; that she led it is marked as the article’s rumour', async ({ page }) => {
  await page.goto('/zh-hant/events/open-letter/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('員工公開信要求董事會辭職');
  await expect(page.locator('.claim-rumour', { hasText: '帶頭發起' })).toBeVisible();
  await page.goto('/zh-hant/people/mira-murati/');
  await expect(page.locator('.claim-rumour', { hasText: '帶頭發起' })).toBeVisible();
});
