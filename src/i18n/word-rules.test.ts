import { describe, expect, it } from 'vitest';
import { createToSimplified } from './convert';
import { wordRules } from './word-rules';

const shear = { name: '埃米特·謝爾', shortName: '謝爾', nameHans: '埃米特·希爾', shortNameHans: '希爾' };
const table = [
  { from: '執行長', to: '首席執行官' },
  { from: '人工智慧', to: '人工智能' },
];
const toSimplified = createToSimplified(wordRules(table, [shear, { name: '米拉·穆拉蒂', shortName: '穆拉蒂' }]));

describe('the Simplified edition reads as written for mainland readers', () => {
  it('takes words from the word table, not only characters', () => {
    expect(toSimplified('董事會解僱了執行長，臨時執行長是穆拉蒂')).toBe('董事会解雇了首席执行官，临时首席执行官是穆拉蒂');
    expect(toSimplified('通用人工智慧的智慧')).toBe('通用人工智能的智慧');
  });
  it('names a person by their mainland display name, full or short, written on the profile in Traditional', () => {
    expect(toSimplified('埃米特·謝爾上任；謝爾說')).toBe('埃米特·希尔上任；希尔说');
  });
  it('uses the interface wording written for mainland readers', () => {
    expect(toSimplified('搜尋這部紀錄片、主選單、本段連結、載入中…')).toBe('搜索这部纪录片、主菜单、本段链接、加载中…');
  });
  it('quotes with “ ” and ‘ ’ instead of corner brackets', () => {
    expect(toSimplified('他說「這是『政變』」')).toBe('他说“这是‘政变’”');
  });
});
