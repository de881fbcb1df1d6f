/**
 * The house style rules a machine can check in the Traditional (Taiwan) text. The Simplified
 * edition is derived from it, so these run on the one source in content/.
 */
export interface StyleRule {
  pattern: RegExp;
  /** What to write instead, and why, for the error line. */
  advice: string;
}

export const houseStyle: readonly StyleRule[] = [
  { pattern: /刷屏/g, advice: 'write 洗版 (Taiwan usage), not 刷屏' },
  { pattern: /高管/g, advice: 'write 高層 or 高階主管, not 高管' },
  { pattern: /網上/g, advice: 'write 網路上, not 網上' },
  { pattern: /應用商店/g, advice: 'write 應用程式商店, not 應用商店' },
  { pattern: /賽道/g, advice: 'write 領域 or 市場, not 賽道' },
  { pattern: /罷免/g, advice: '罷免 is for elected officials: a board 解僱 or 撤換 its CEO' },
  { pattern: /聯署/g, advice: 'write 連署 (Taiwan usage), not 聯署' },
  { pattern: /谷歌/g, advice: 'write Google, not 谷歌' },
  // A Taiwan desk's words for what mainland writing says otherwise (the Simplified edition maps them back).
  {
    pattern: /(?<!按|在|labelHans: )北京時間/g,
    advice:
      'UTC+8 is 台灣時間 in the Traditional edition (北京時間 only for the article’s own dating, 按北京時間記為; the Simplified says 北京时间: content/site.yaml)',
  },
  { pattern: /投資方/g, advice: 'write 投資人 or 投資者, not 投資方' },
  { pattern: /在線(?!上)/g, advice: 'write 線上 or 連線, not 在線' },
  { pattern: /算力/g, advice: 'write 運算能力 (the Simplified edition says 算力)' },
  { pattern: /項目組/g, advice: 'write 團隊 or 小組, not 項目組' },
  { pattern: /大模型/g, advice: 'write 大型模型 (the Simplified edition says 大模型)' },
  { pattern: /段子/g, advice: 'mainland slang: write 笑話, 玩笑 or 惡搞, not 段子' },
  { pattern: /撒花/g, advice: 'mainland net slang: write 慶祝 or 歡呼, not 撒花' },
  {
    pattern: /回顧文章(用的是|按|以|依)台灣時間/g,
    advice: 'the article dates by Beijing time (按北京時間記為); 台灣時間 is this site’s name for UTC+8, not the article’s',
  },
  { pattern: /下家/g, advice: 'mainland slang: write 新工作 or 新東家, not 下家' },
  { pattern: /首席策略長/g, advice: 'a mixed title: write 策略長 (the Simplified edition says 首席战略官)' },
  { pattern: /時間窗口/g, advice: 'write 時間 or 空窗期, not 時間窗口' },
  { pattern: /面向(企業|用戶|開發者)/g, advice: 'write 針對…, not 面向…' },
  { pattern: /然后|之后|以后|后來/g, advice: 'seed conversion artifact: write 後 (after), not 后' },
  { pattern: /分鍾/g, advice: 'seed conversion artifact: write 分鐘, not 分鍾' },
  { pattern: /覆盤/g, advice: 'seed conversion artifact: the title is 〈OpenAI事件大復盤〉 (mainland 大复盘), not 覆盤' },
  { pattern: /(?<![公英鄰千])里(?![程長])/g, advice: 'seed conversion artifact: write 裡 (inside), not 里' },
  { pattern: /\d{4}\s+年|\d\s+[月日]|月\s+\d/g, advice: 'write dates without spaces, as the date widgets do: 2023年11月17日' },
  // A claim's badge says what kind of claim it is, the sentence says who: the badge's word is not repeated.
  {
    pattern:
      /<Claim status="reported"[^>]*>[^<。]{0,40}報導|<Claim status="rumour"[^>]*>[^<。]{0,40}傳聞|<Claim status="opinion"[^>]*>[^<。]{0,40}觀點/g,
    advice: 'the claim’s badge already says 媒體報導/傳聞/觀點: name the source without repeating it (《The Information》披露，…)',
  },
];

export interface StyleSlip {
  found: string;
  advice: string;
  index: number;
}

/** Every place `text` breaks a house style rule, in reading order. */
export function styleSlips(text: string, rules: readonly StyleRule[] = houseStyle): StyleSlip[] {
  return rules
    .flatMap((rule) => [...text.matchAll(rule.pattern)].map((m) => ({ found: m[0], advice: rule.advice, index: m.index })))
    .sort((a, b) => a.index - b.index);
}

/** 1-based line number of an offset, for error lines that name file and line. */
export function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
