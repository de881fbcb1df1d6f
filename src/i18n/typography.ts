// Each edition's own house style for what sits between words: title marks, quotes, the space between Chinese
// and Latin letters or digits, how a clock time is written. Applied to every text node of a page (and to
// search text), never by hand in content/; docs/authoring.md, "House style per edition", says why.

const HAN = String.raw`\p{Script=Han}`;
/** Chinese characters and full-width punctuation: what a space next to a Latin word or a number is removed from. */
const CJK = String.raw`[\p{Script=Han}，。、；：！？（）《》〈〉“”‘’「」『』—…·]`;

/**
 * Simplified (mainland desk): 《》 for every title (〈〉 only nests inside 《》, which this content never
 * needs); no space between Chinese and a Latin word or a number, 约 counting as part of its number
 * (OpenAI董事会, 48小时, 持股49%, 至约11月17日); a prose
 * clock time on the 24-hour clock (下午 2 點 03 分 → 14:03).
 */
export function typesetSimplified(text: string): string {
  return text
    .replace(/〈/g, '《')
    .replace(/〉/g, '》')
    .replace(
      new RegExp(`(凌晨|清晨|早上|上午|中午|下午|晚上|晚间|晚間)\\s*(\\d{1,2})\\s*[点點]\\s*(\\d{1,2})\\s*分`, 'gu'),
      (_m, part: string, h: string, m: string) => clock(part, Number(h), Number(m)),
    )
    .replace(new RegExp(`(${CJK})[ \\u00a0]+(?=[A-Za-z0-9@“‘]|[约約][ \\u00a0]*\\d)`, 'gu'), '$1')
    .replace(new RegExp(`([”’])[ \\u00a0]+(?=${CJK})`, 'gu'), '$1')
    .replace(new RegExp(`([A-Za-z0-9%*])[ \\u00a0]+(?=${CJK})`, 'gu'), '$1');
}

/** 下午 2 點 03 分 → 14:03; 凌晨 1 點 → stays for a reader (handled above only with minutes). */
function clock(part: string, hour: number, minute: number): string {
  const afternoon = /下午|晚/.test(part) && hour < 12;
  const noon = part === '中午' && hour < 6;
  const h = afternoon || noon ? hour + 12 : hour;
  return `${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Traditional (Taiwan desk): English quoted inside Chinese prose takes 「」 (“nothing without its people”
 * → 「…」); a space between Chinese and a Latin word (新矽 NewGeek, 在 X 上). Numbers stay as written (dates
 * unspaced, checked by tests/house-style.test.ts).
 */
export function typesetTraditional(text: string): string {
  const inChinese = new RegExp(HAN, 'u').test(text);
  // A quoted English run set as English (src/html/text-setting.ts) stands in a text node of its own, inside
  // the Chinese sentence; any other text without Chinese is an English passage, whose quotes stay.
  const quotedRun = /^“[^“”\p{Script=Han}]*”$/u.test(text);
  if (!inChinese && !quotedRun) return text;
  const quoted = text.replace(/“([^“”\p{Script=Han}]*[A-Za-z][^“”\p{Script=Han}]*)”/gu, '「$1」');
  if (!inChinese) return quoted;
  return quoted.replace(new RegExp(`(${HAN})(?=[A-Za-z])`, 'gu'), '$1 ').replace(new RegExp(`([A-Za-z])(?=${HAN})`, 'gu'), '$1 ');
}
