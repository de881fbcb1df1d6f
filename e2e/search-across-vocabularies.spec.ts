// Search across the two vocabularies: a reader types the mainland or the Taiwan word, in either script, and
// finds the page in the top three; and what readers call what happened (开除, 复职) finds the event.
import { expect, test } from '@playwright/test';
import { expectEachInTopThree, searchPagePaths, type QueryCase } from './support/search-queries';

// The other vocabulary and what readers call what happened: the word table (content/conversion.yaml),
// people's Simplified names and event aliases feed search.
const CASES: QueryCase[] = [
  // across vocabularies: mainland and Taiwan words, in both scripts (content/conversion.yaml feeds search)
  // (首席执行官 and 執行長 alone on the Simplified site: the Simplified text says CEO, see the bridge test below)
  ['zh-hans', '临时首席执行官', 'events/murati-named-interim-ceo'],
  ['zh-hans', '临时执行长', 'events/murati-named-interim-ceo'],
  ['zh-hans', '视频会议', 'events/altman-fired'],
  ['zh-hans', '視訊會議', 'events/altman-fired'],
  ['zh-hans', '人工智能', 'glossary/agi'],
  ['zh-hans', '人工智慧', 'glossary/agi'],
  ['zh-hans', '联名信', 'events/open-letter'],
  ['zh-hans', '連署', 'events/letter-signatures'],
  ['zh-hant', '临时首席执行官', 'events/murati-named-interim-ceo'],
  ['zh-hant', '人工智能', 'glossary/agi'],
  ['zh-hant', '视频会议', 'events/altman-fired'],
  ['zh-hant', '联名信', 'events/open-letter'],
  ['zh-hant', '联署', 'events/letter-signatures'],
  // mainland everyday words for what the text names otherwise (content/conversion.yaml `search`)
  ['zh-hans', '谷歌', 'events/meet-not-teams'],
  ['zh-hant', '谷歌', 'events/meet-not-teams'],
  ['zh-hans', '宫斗', 'events/altman-fired'],
  ['zh-hant', '宫斗', 'events/altman-fired'],
  ['zh-hans', '炒鱿鱼', 'events/altman-fired'],
  ['zh-hans', '脸书', 'people/bret-taylor'],
  ['zh-hans', '刷屏', 'events/nothing-without-its-people'],
  // Chinese run together with Latin, as mainland readers type it
  ['zh-hans', 'OpenAI董事会', 'glossary/nonprofit-board'],
  ['zh-hant', 'OpenAI董事會', 'glossary/nonprofit-board'],
  ['zh-hans', 'GPT商店', 'glossary/gpt-store'],
  ['zh-hant', 'GPT商店', 'glossary/gpt-store'],
  ['zh-hans', '微软Teams', 'events/meet-not-teams'],
  // two words: the page with both first
  ['zh-hans', '微软 木雕', 'chapters/causes'],
  ['zh-hant', '微軟 木雕', 'chapters/causes'],
  // what happened, as readers put it (event aliases)
  ['zh-hans', '开除', 'events/altman-fired'],
  ['zh-hans', '解雇', 'events/altman-fired'],
  ['zh-hans', '炒掉', 'events/altman-fired'],
  ['zh-hans', '复职', 'events/altman-returns'],
  ['zh-hans', '回归', 'events/altman-returns'],
  ['zh-hans', '重返', 'events/altman-returns'],
  ['zh-hant', '开除', 'events/altman-fired'],
  ['zh-hant', '開除', 'events/altman-fired'],
  ['zh-hant', '復職', 'events/altman-returns'],
  ['zh-hant', '回归', 'events/altman-returns'],
  // people by the names mainland readers know, on both sites
  ['zh-hans', '希尔', 'people/emmett-shear'],
  ['zh-hans', '希爾', 'people/emmett-shear'],
  // and by the forms Taiwan's press uses, on the Simplified site
  ['zh-hans', '阿特曼', 'people/sam-altman'],
  ['zh-hans', '穆拉提', 'people/mira-murati'],
  ['zh-hans', '萨默斯', 'people/larry-summers'],
  ['zh-hans', '埃隆', 'people/elon-musk'],
  ['zh-hans', '阿莫迪', 'people/dario-amodei'],
  ['zh-hans', '萨提亚', 'people/satya-nadella'],
  ['zh-hant', '希尔', 'people/emmett-shear'],
  ['zh-hant', '萨提亚', 'people/satya-nadella'],
];

test.describe.configure({ mode: 'parallel' });

test.describe(`${CASES.length} queries in either vocabulary (首席执行官 / 執行長, 开除, 希尔), both scripts`, () =>
  expectEachInTopThree(CASES));

// A word with no single page of its own (執行長 is in a dozen events) is judged by the bridge itself: the
// mainland word, in either script, lists what the Taiwan word lists.
test('首席执行官 and 首席執行官 on the Traditional site list what 執行長 lists', async ({ page }) => {
  const native = (await searchPagePaths(page, 'zh-hant', '執行長')).slice(0, 5);
  expect(native.length).toBe(5);
  for (const query of ['首席执行官', '首席執行官'])
    expect((await searchPagePaths(page, 'zh-hant', query)).slice(0, 5), query).toEqual(native);
});

// The Simplified edition writes CEO (house style, content/conversion.yaml): every other word for it, in
// either script, lists what CEO lists there.
test('首席执行官, 执行长 and 執行長 on the Simplified site list what CEO lists', async ({ page }) => {
  const native = (await searchPagePaths(page, 'zh-hans', 'CEO')).slice(0, 5);
  expect(native.length).toBe(5);
  for (const query of ['首席执行官', '执行长', '執行長'])
    expect((await searchPagePaths(page, 'zh-hans', query)).slice(0, 5), query).toEqual(native);
});

// Two words no page holds together: Pagefind alone finds nothing (it ANDs them); the reader gets the pages
// that hold either, never an empty list.
test('a two-word query no page holds whole lists the pages that hold one of the words', async ({ page }) => {
  for (const [script, query, one, other] of [
    ['zh-hans', '木雕 刷屏', '/zh-hans/people/ilya-sutskever/', '/zh-hans/events/nothing-without-its-people/'],
    ['zh-hant', '木雕 洗版', '/zh-hant/people/ilya-sutskever/', '/zh-hant/events/nothing-without-its-people/'],
  ]) {
    const found = await searchPagePaths(page, script, query);
    expect(found, query).toContain(one);
    expect(found, query).toContain(other);
  }
});
