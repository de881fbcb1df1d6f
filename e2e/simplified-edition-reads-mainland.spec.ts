import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { openccToMainland } from '../src/i18n/convert';
import { taiwanWords } from '../src/i18n/taiwan-words';
import { readingText, simplifiedText, traditionalCharacters, wordsIn } from './support/simplified-text';
import { contentWordRules } from '../scripts/content-word-rules';
import { rulesThatDidNotApply } from '../src/i18n/rules-applied';
import { uncoveredOccurrences } from '../src/i18n/kept-words';
import { sitemapPaths } from './support/site';

// These checks read the served zh-Hans pages on their own (e2e/support/simplified-text.ts), not through the
// converter's walk: an attribute, JSON string or text the converter forgets to visit still counts.

const simplifiedPaths = async (request: Parameters<typeof sitemapPaths>[0]) =>
  (await sitemapPaths(request)).filter((p) => p.startsWith('/zh-hans/'));

const keep = (parse(readFileSync('content/conversion.yaml', 'utf8'))?.keep ?? []) as { word: string }[];
const keptOnPurpose = new Set(keep.map((k) => openccToMainland()(k.word)));

async function everyText(request: Parameters<typeof sitemapPaths>[0]) {
  const pages: { path: string; texts: string[] }[] = [];
  for (const path of await simplifiedPaths(request)) pages.push({ path, texts: simplifiedText(await (await request.get(path)).text()) });
  return pages;
}

test('no zh-Hans page holds a character OpenCC would still change: text, every attribute, inline JSON', async ({ request }) => {
  const found: string[] = [];
  for (const { path, texts } of await everyText(request))
    for (const text of texts) for (const leftover of traditionalCharacters(text)) found.push(`${path}: ${leftover}`);
  expect(found).toEqual([]);
});

test('zh-Hans pages use mainland words: none of the Taiwan word list unless content/conversion.yaml keeps it, and no corner quotes', async ({
  request,
}) => {
  expect(taiwanWords.length).toBeGreaterThanOrEqual(40);
  const unexpected: string[] = [];
  const quotes: string[] = [];
  let kept = 0;
  for (const { path, texts } of await everyText(request)) {
    for (const text of texts) {
      for (const found of wordsIn(text, taiwanWords)) {
        if (keptOnPurpose.has(found.split(' in ')[0])) kept++;
        else unexpected.push(`${path}: ${found}`);
      }
      if (/[「」『』]/.test(text)) quotes.push(`${path}: ${text.slice(0, 40)}`);
    }
  }
  expect(unexpected).toEqual([]);
  expect(kept).toBeLessThanOrEqual(5);
  expect(quotes).toEqual([]);
});

test('a person is named by their Simplified display name on the zh-Hans site, the Traditional one on the zh-Hant site', async ({
  page,
}) => {
  // Taiwan's wire service writes 阿特曼 and 穆拉提; mainland media 阿尔特曼 and 穆拉蒂.
  await page.goto('/zh-hans/people/sam-altman/');
  await expect(page.locator('h1')).toContainText('山姆·阿尔特曼');
  await page.goto('/zh-hans/chapters/process/');
  await expect(page.locator('main')).toContainText('阿尔特曼');
  await expect(page.locator('main')).toContainText('穆拉蒂');
  await expect(page.locator('main')).not.toContainText(/阿特曼|穆拉提/);
  await page.goto('/zh-hant/people/sam-altman/');
  await expect(page.locator('h1')).toContainText('山姆·阿特曼');
  await page.goto('/zh-hant/chapters/process/');
  await expect(page.locator('main')).not.toContainText(/阿爾特曼|穆拉蒂|謝爾/);
});

test('every reviewed decision of the word table reaches the built zh-Hans pages, even across inline markup', async ({ request }) => {
  const { rules, keep } = contentWordRules('content');
  const characters = openccToMainland();
  const missed: string[] = [];
  for (const path of await simplifiedPaths(request)) {
    const text = readingText(await (await request.get(path)).text());
    for (const m of rulesThatDidNotApply(text, rules, characters)) missed.push(`${path}: ${m}`);
    for (const k of keep)
      for (const i of uncoveredOccurrences(text, { word: characters(k.word), only: k.only?.map((p) => characters(p)) }))
        missed.push(`${path}: "${k.word}" is kept only in ${k.only!.join('/')}: …${text.slice(Math.max(0, i - 8), i + 10)}…`);
  }
  expect(missed).toEqual([]);
});
