import { describe, expect, it } from 'vitest';
import { typesetSimplified, typesetTraditional } from './typography';

describe('the Simplified edition’s house style', () => {
  it('marks titles with 《》, as mainland text does for articles too', () => {
    expect(typesetSimplified('详见〈影响〉一章；新硅NewGeek〈OpenAI事件大复盘〉')).toBe(
      '详见《影响》一章；新硅NewGeek《OpenAI事件大复盘》',
    );
  });
  it('sets no space between Chinese and a Latin word or a number, and keeps the space between Latin words', () => {
    expect(typesetSimplified('OpenAI 董事会在 Google Meet 上开会，只要 48 小时，持股 49% 的微软')).toBe(
      'OpenAI董事会在Google Meet上开会，只要48小时，持股49%的微软',
    );
    expect(typesetSimplified('16 条花絮、（ GPT-4 ）')).toBe('16条花絮、（GPT-4）');
    expect(typesetSimplified('他写道 “i love the openai team so much” 。')).toBe('他写道“i love the openai team so much”。');
    expect(typesetSimplified('账号 @anothercohen 自己说')).toBe('账号@anothercohen自己说');
  });
  it('treats 约 before a number as part of it: no space before it either', () => {
    expect(typesetSimplified('此前起在任，至 约 11月17日（周五）12:30')).toBe('此前起在任，至约11月17日（周五）12:30');
    expect(typesetSimplified('穆拉蒂 约 58 小时；太平洋时间 约 11月17日')).toBe('穆拉蒂约58小时；太平洋时间约11月17日');
    expect(typesetSimplified('大约 一半，约 翰')).toBe('大约 一半，约 翰');
  });
  it('writes a prose clock time on the 24-hour clock', () => {
    expect(typesetSimplified('北京时间22日下午 2 点 03 分，OpenAI 宣布')).toBe('北京时间22日14:03，OpenAI宣布');
    expect(typesetSimplified('上午 9 点 30 分')).toBe('09:30');
  });
});

describe('the Traditional edition’s house style', () => {
  it('quotes English inside Chinese prose with 「」, and leaves a quote in an English passage alone', () => {
    expect(typesetTraditional('員工接力貼出“OpenAI is nothing without its people”。')).toBe(
      '員工接力貼出「OpenAI is nothing without its people」。',
    );
    expect(typesetTraditional('“I deeply regret it,” he wrote.')).toBe('“I deeply regret it,” he wrote.');
    // A quoted run set as English stands alone in its element, inside the Chinese sentence.
    expect(typesetTraditional('“was not consistently candid”')).toBe('「was not consistently candid」');
  });
  it('spaces Chinese from Latin words, and leaves numbers as written', () => {
    expect(typesetTraditional('新矽NewGeek的文章：只要 48 小時，持股49%')).toBe('新矽 NewGeek 的文章：只要 48 小時，持股49%');
    expect(typesetTraditional('GPT-4 模型與 Q* 計畫')).toBe('GPT-4 模型與 Q* 計畫');
  });
});
