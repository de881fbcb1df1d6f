import { describe, expect, it } from 'vitest';
import { createToSimplified } from '../i18n/convert';
import { buildWordMap, wordVariant } from './word-variants';

const rules = [
  { from: '執行長', to: '首席執行官' },
  { from: '人工智慧', to: '人工智能' },
  { from: '視訊', to: '視頻' },
  { from: '謝爾', to: '希尔', verbatim: true },
];
const edition = createToSimplified(rules);
const characters = createToSimplified();

describe('search across the two vocabularies', () => {
  it('on the Simplified site, Taiwan words in either script mean the mainland word', () => {
    const words = buildWordMap('zh-hans', rules, edition, characters);
    expect(wordVariant('臨時执行长', words)).toBe('臨時首席执行官');
    expect(wordVariant('執行長', words)).toBe('首席执行官');
    expect(wordVariant('视讯会议', words)).toBe('视频会议');
    expect(wordVariant('董事会', words)).toBeUndefined();
  });
  it('on the Traditional site, mainland words in either script mean the Taiwan word', () => {
    const words = buildWordMap('zh-hant', rules, edition, characters);
    expect(wordVariant('首席执行官', words)).toBe('執行長');
    expect(wordVariant('臨時首席執行官', words)).toBe('臨時執行長');
    expect(wordVariant('人工智能安全', words)).toBe('人工智慧安全');
    expect(wordVariant('希尔', words)).toBe('謝爾');
  });
  it('also takes the words readers type for a thing neither edition writes: 首席执行官 where the text says CEO', () => {
    const ceo = [{ from: '執行長', to: 'CEO', verbatim: true, search: ['首席執行官'] }];
    const toHans = createToSimplified(ceo);
    expect(wordVariant('临时首席执行官', buildWordMap('zh-hans', ceo, toHans, characters))).toBe('临时CEO');
    expect(wordVariant('首席执行官', buildWordMap('zh-hant', ceo, toHans, characters))).toBe('執行長');
  });
});

describe('words readers type for what the text names otherwise', () => {
  it('maps 谷歌 to Google and 宫斗 to the text’s 政變 / 政变, in both editions', () => {
    const synonyms = [
      { means: 'Google', words: ['谷歌'] },
      { means: '政變', words: ['宮鬥'] },
    ];
    expect(wordVariant('谷歌', buildWordMap('zh-hans', [], edition, characters, synonyms))).toBe('Google');
    expect(wordVariant('宫斗', buildWordMap('zh-hans', [], edition, characters, synonyms))).toBe('政变');
    expect(wordVariant('宫斗', buildWordMap('zh-hant', [], edition, characters, synonyms))).toBe('政變');
  });
});
