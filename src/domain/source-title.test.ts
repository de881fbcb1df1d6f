import { describe, expect, it } from 'vitest';
import { sourceTitle } from './source-title';

describe('sourceTitle', () => {
  it('puts a Chinese title, with its subtitle, in 〈〉', () => {
    expect(sourceTitle({ title: '回顧', subtitle: '106 小時' })).toEqual({ text: '〈回顧：106 小時〉', lang: undefined });
  });
  it('leaves the subtitle out of a short credit', () => {
    expect(sourceTitle({ title: '回顧', subtitle: '106 小時' }, { short: true }).text).toBe('〈回顧〉');
  });
  it('leaves a Latin title bare and marks it English', () => {
    expect(sourceTitle({ title: 'OpenAI announces leadership transition' })).toEqual({
      text: 'OpenAI announces leadership transition',
      lang: 'en',
    });
  });
  it('shows a described, untitled work without title marks', () => {
    expect(sourceTitle({ title: '納德拉接受彭博電視專訪', untitled: true })).toEqual({ text: '納德拉接受彭博電視專訪', lang: undefined });
  });
});
