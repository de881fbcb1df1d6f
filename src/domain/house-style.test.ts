import { describe, expect, it } from 'vitest';
import { lineOf, styleSlips } from './house-style';

const found = (text: string) => styleSlips(text).map((s) => s.found);

describe('styleSlips', () => {
  it.each([
    ['員工在 X 上集體刷屏', '刷屏'],
    ['兩位核心高管出走', '高管'],
    ['隨即在網上找工作', '網上'],
    ['下一代應用商店', '應用商店'],
    ['AI 賽道上', '賽道'],
    ['北京時間22日', '北京時間'],
    ['投資方的奔走', '投資方'],
    ['董事全員在線', '在線'],
    ['提供算力', '算力'],
    ['超級對齊項目組', '項目組'],
    ['研發大模型', '大模型'],
    ['一到兩年的時間窗口', '時間窗口'],
    ['面向企業用戶的 API', '面向企業'],
    ['董事會罷免執行長', '罷免'],
    ['員工聯署', '聯署'],
    ['谷歌地圖', '谷歌'],
    ['然后宣布', '然后'],
    ['16 分鍾', '分鍾'],
    ['〈OpenAI事件大覆盤〉', '覆盤'],
    ['在辦公室里哭了', '里'],
    ['布羅克曼發文撒花', '撒花'],
    ['（回顧文章用的是台灣時間）', '回顧文章用的是台灣時間'],
  ])('flags "%s"', (text, word) => expect(found(text)).toEqual([word]));

  it('leaves 北京時間 where the article’s own dating is meant, and 在線上 (on the call)', () => {
    expect(found('回顧文章按北京時間記為7日，那是同一時刻在北京時間的日期；他並不在線上')).toEqual([]);
  });

  it('lets this site name UTC+8 台灣時間 while the article dates by Beijing time', () => {
    expect(found('台灣時間22日下午 2 點 03 分；回顧文章記為7日，那是按北京時間（UTC+8）記下的日期；發文慶祝')).toEqual([]);
  });

  it('leaves the Taiwan forms and words that rightly contain 里 alone', () => {
    expect(found('員工在 X 上洗版，高層出走，網路上的應用程式商店，辦公室裡，技術里程碑，三公里，連署，Google 地圖，然後')).toEqual([]);
  });

  it('wants dates written as the widgets write them, without spaces', () => {
    expect(found('2023 年 11 月 17 日')).toEqual(['2023 年', '1 月', '7 日']);
    expect(found('11月 17日')).toEqual(['月 1']);
    expect(found('2023年11月17日，21–22日，花了 12 年，743 人')).toEqual([]);
  });

  it('does not let a claim repeat its badge: the badge says the kind, the sentence the source', () => {
    expect(found('<Claim status="reported" source="x">據《The Information》報導，董事會')).toHaveLength(1);
    expect(found('<Claim status="rumour" source="x">據傳聞，他')).toHaveLength(1);
    expect(found('<Claim status="reported" source="x">《The Information》披露，董事會曾接觸對手。其他媒體也有報導</Claim>')).toEqual([]);
    expect(found('<Claim status="opinion" source="x">回顧文章的作者認為</Claim>')).toEqual([]);
  });

  it('gives the offset and the line of each slip', () => {
    const text = '第一行\n第二行刷屏';
    const [slip] = styleSlips(text);
    expect(slip.index).toBe(7);
    expect(lineOf(text, slip.index)).toBe(2);
  });
});
