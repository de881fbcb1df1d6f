import { describe, expect, it } from 'vitest';
import { bestPassage, cleanExcerpt } from './excerpt';

describe('cleanExcerpt', () => {
  it('marks a Chinese name as one word, not character by character', () => {
    expect(cleanExcerpt('董事會解僱<mark>阿</mark><mark>爾</mark><mark>特</mark><mark>曼</mark>。', ['阿爾特曼'])).toBe(
      '董事會解僱<mark>阿爾特曼</mark>。',
    );
  });
  it('unmarks characters of the name that sit in other words', () => {
    expect(cleanExcerpt('<mark>阿</mark><mark>爾</mark><mark>特</mark><mark>曼</mark>與布羅克<mark>曼</mark>', ['阿爾特曼'])).toBe(
      '<mark>阿爾特曼</mark>與布羅克曼',
    );
  });
  it('keeps a name searched in the other script or by its site name', () => {
    expect(cleanExcerpt('<mark>阿</mark><mark>爾</mark><mark>特</mark><mark>曼</mark>', ['阿尔特曼', '阿爾特曼'])).toBe(
      '<mark>阿爾特曼</mark>',
    );
    expect(cleanExcerpt('<mark>董事會</mark>的<mark>決定</mark>', ['董事會 決定'])).toBe('<mark>董事會</mark>的<mark>決定</mark>');
  });
  it('leaves Latin marks alone', () => {
    expect(cleanExcerpt('Ilya <mark>Sutskever</mark>', ['Sutskever'])).toBe('Ilya <mark>Sutskever</mark>');
  });
  it('starts a cut excerpt at the end of the clause it was cut in', () => {
    expect(cleanExcerpt('…別人的事，<mark>阿爾特曼</mark>說', ['阿爾特曼'])).toBe('<mark>阿爾特曼</mark>說');
    // a passage's own start is left alone
    expect(cleanExcerpt('十一月，<mark>阿爾特曼</mark>說', ['阿爾特曼'])).toBe('十一月，<mark>阿爾特曼</mark>說');
  });
});

describe('bestPassage', () => {
  it('picks the passage with the most matches, the first of equals', () => {
    const p = (url: string, n: number) => ({ title: url, url, excerpt: '', locations: Array.from({ length: n }, (_, i) => i) });
    expect(bestPassage([p('#a', 1), p('#b', 3), p('#c', 3)])?.url).toBe('#b');
    expect(bestPassage([])).toBeUndefined();
  });
});
