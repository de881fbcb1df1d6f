// Recall and precision of real queries against the built index, in a real browser, with a decoy page
// added to the index: a Pagefind upgrade or a content change that breaks Chinese search fails here.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectEachInTopThree, searchPagePaths, searchPagePaths as results, type QueryCase } from './support/search-queries';
import { buildIndexWithDecoy } from './support/decoy-index';
import { INDEX_CHUNK_SIZE } from '../src/integrations/pagefind-index';

const CASES: QueryCase[] = [
  // names in the site's script, the other script, other transliterations and English
  ['zh-hant', '阿特曼', 'people/sam-altman'],
  ['zh-hant', '阿爾特曼', 'people/sam-altman'],
  ['zh-hant', '阿尔特曼', 'people/sam-altman'],
  ['zh-hant', '奧特曼', 'people/sam-altman'],
  ['zh-hant', '奥尔特曼', 'people/sam-altman'],
  ['zh-hant', 'Altman', 'people/sam-altman'],
  ['zh-hant', 'Sam Altman', 'people/sam-altman'],
  ['zh-hant', '蘇茨克維', 'people/ilya-sutskever'],
  ['zh-hant', '蘇茨克弗', 'people/ilya-sutskever'],
  ['zh-hant', '苏茨克维', 'people/ilya-sutskever'],
  ['zh-hant', 'Sutskever', 'people/ilya-sutskever'],
  ['zh-hant', 'Ilya', 'people/ilya-sutskever'],
  ['zh-hant', '布羅克曼', 'people/greg-brockman'],
  ['zh-hant', '布洛克曼', 'people/greg-brockman'],
  ['zh-hant', 'Brockman', 'people/greg-brockman'],
  ['zh-hant', '納德拉', 'people/satya-nadella'],
  ['zh-hant', '纳德拉', 'people/satya-nadella'],
  ['zh-hant', 'Nadella', 'people/satya-nadella'],
  ['zh-hant', "D'Angelo", 'people/adam-dangelo'],
  ['zh-hant', '穆拉提', 'people/mira-murati'],
  ['zh-hant', '穆拉蒂', 'people/mira-murati'],
  ['zh-hant', '希爾', 'people/emmett-shear'],
  ['zh-hant', 'Murati', 'people/mira-murati'],
  ['zh-hant', 'Emmett Shear', 'people/emmett-shear'],
  ['zh-hant', 'Chesky', 'people/brian-chesky'],
  ['zh-hant', '马斯克', 'people/elon-musk'],
  // terms, Latin and Chinese
  ['zh-hant', 'Q*', 'glossary/q-star'],
  ['zh-hant', 'GPT-Zero', 'glossary/gpt-zero'],
  ['zh-hant', 'e/acc', 'glossary/effective-accelerationism'],
  ['zh-hant', '超級對齊', 'glossary/superalignment'],
  ['zh-hant', '超级对齐', 'glossary/superalignment'],
  ['zh-hant', '盈利上限', 'glossary/capped-profit'],
  ['zh-hant', '競業協議', 'glossary/non-compete'],
  ['zh-hant', 'Thrive Capital', 'glossary/thrive-capital'],
  ['zh-hant', 'Anthropic', 'glossary/anthropic'],
  ['zh-hant', '微軟', 'glossary/microsoft'],
  ['zh-hant', '微软', 'glossary/microsoft'],
  ['zh-hant', '签名', 'events/letter-reaches-97-percent'],
  // figures
  ['zh-hant', '743', 'events/letter-signatures'],
  ['zh-hant', '106', 'events/altman-returns'],
  // the Simplified edition, typed either way
  ['zh-hans', '董事會', 'glossary/nonprofit-board'],
  ['zh-hans', '董事会', 'glossary/nonprofit-board'],
  ['zh-hans', '阿爾特曼', 'people/sam-altman'],
  ['zh-hans', '阿尔特曼', 'people/sam-altman'],
  ['zh-hans', '微軟', 'glossary/microsoft'],
  ['zh-hans', '簽名', 'events/letter-reaches-97-percent'],
  ['zh-hans', 'Altman', 'people/sam-altman'],
  ['zh-hans', '蘇茨克維', 'people/ilya-sutskever'],
  ['zh-hans', '超級對齊', 'glossary/superalignment'],
  ['zh-hans', '743', 'events/letter-signatures'],
  ['zh-hans', 'e/acc', 'glossary/effective-accelerationism'],
  ['zh-hans', '賈伯斯', 'people/steve-jobs'],
  ['zh-hans', '乔布斯', 'people/steve-jobs'],
];

let indexWithDecoy: string;
test.beforeAll(async () => {
  indexWithDecoy = await buildIndexWithDecoy();
});
test.beforeEach(async ({ page }) => {
  // Serve the index that holds the decoy; the site's other search files (script maps) come from dist.
  await page.route('**/pagefind/**', (route) => {
    const file = join(indexWithDecoy, new URL(route.request().url()).pathname.replace(/^.*\/pagefind\//, ''));
    return existsSync(file) ? route.fulfill({ path: file }) : route.continue();
  });
});

test.describe(`${CASES.length} real queries, each in the reader's script`, () => expectEachInTopThree(CASES));

test('a person ranks above a page that merely holds the characters of their name', async ({ page }) => {
  for (const [script, query, person] of [
    ['zh-hant', '阿特曼', 'people/sam-altman'],
    ['zh-hant', '蘇茨克維', 'people/ilya-sutskever'],
    ['zh-hans', '阿尔特曼', 'people/sam-altman'],
  ] as const) {
    const found = await results(page, script, query);
    expect(found[0], `${script} ${query}`).toBe(`/${script}/${person}/`);
    const decoy = found.indexOf(`/${script}/decoy/`);
    expect(decoy === -1 || decoy > 0, `decoy below the person for ${query}`).toBe(true);
  }
  // and the decoy really is in the index, or the test proves nothing
  expect(await results(page, 'zh-hant', '曼谷')).toContain('/zh-hant/decoy/');
});

test('an English name finds the events that mention the person by their Chinese name, after the person', async ({ page }) => {
  for (const [script, query, person, event] of [
    ['zh-hant', 'Nadella', 'people/satya-nadella', 'events/microsoft-hires-altman'],
    ['zh-hans', 'Sutskever', 'people/ilya-sutskever', 'events/sutskever-regrets'],
  ] as const) {
    const found = await results(page, script, query);
    expect(found[0], `${script} ${query}`).toBe(`/${script}/${person}/`);
    expect(found, `${script} ${query}`).toContain(`/${script}/${event}/`);
  }
});

test('the index is cut into small chunks, so a query downloads little more than the words it names', async ({ page }) => {
  // With Pagefind's default chunking this site's Traditional index is 5 files of ~30 KB.
  const chunks = readdirSync('dist/pagefind/index').filter((f) => f.startsWith('zh-hant_'));
  expect(INDEX_CHUNK_SIZE).toBe(2500);
  expect(chunks.length).toBeGreaterThan(20);
  const loaded: string[] = [];
  page.on('request', (r) => r.url().endsWith('.pf_index') && loaded.push(r.url()));
  expect((await results(page, 'zh-hant', '董事會'))[0]).toBe('/zh-hant/glossary/nonprofit-board/');
  expect(loaded.length).toBeLessThan(chunks.length / 4);
});

test('a person’s result is titled with both names kept apart, in either script', async ({ page }) => {
  for (const [script, title] of [
    ['zh-hant', '山姆·阿特曼（Sam Altman）'],
    ['zh-hans', '山姆·阿尔特曼（Sam Altman）'],
  ] as const) {
    await searchPagePaths(page, script, 'Altman');
    const hit = page.locator(`a.search-hit[href$="/${script}/people/sam-altman/"] .search-hit-title`);
    // The kind label comes first; the title is the rest, not "山姆·阿尔特曼Sam Altman" run together.
    await expect(hit).toHaveText(new RegExp(`${title.replace(/[()（）]/g, '\\$&')}$`));
  }
});
