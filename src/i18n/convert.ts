import * as OpenCC from 'opencc-js/t2cn';
import { escapeRegExp } from '../text/escape-regexp.ts';

/**
 * A reviewed exception to the converter. `from` is a phrase as written in the Traditional source; `to` is
 * what the Simplified edition shows instead, itself written in Traditional and converted, unless
 * `verbatim` keeps it exactly as written.
 */
export interface ConversionOverride {
  from: string;
  to: string;
  verbatim?: boolean;
  /** Other words readers type for the same thing (首席執行官 for 執行長 → CEO): search finds the page by them too. */
  search?: readonly string[];
}

/** Corner quotes are Taiwan usage; mainland text quotes with “ ” and ‘ ’ (GB/T 15834). */
const QUOTES: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };
const quoteMarks = (text: string) => text.replace(/[「」『』]/g, (q) => QUOTES[q]);

const converters = new Map<'tw' | 'twp', (text: string) => string>();

/**
 * The one place OpenCC is set up: Taiwan-standard Traditional → mainland Simplified characters (`tw`), or
 * with OpenCC's Taiwan-phrase table too (`twp`, which only `npm run vocab` reads, to propose words).
 * Characters only: the edition's word table and quote marks are createToSimplified's.
 */
export function openccToMainland(from: 'tw' | 'twp' = 'tw'): (text: string) => string {
  let converter = converters.get(from);
  if (!converter) converters.set(from, (converter = OpenCC.Converter({ from, to: 'cn' })));
  return converter;
}

/**
 * Traditional → Simplified for running text: OpenCC (Taiwan standard to mainland script) for characters,
 * the overrides (the reviewed word table and people's Simplified names) for words, mainland quote marks.
 * Overrides win over OpenCC wherever their Traditional phrase occurs, longest phrase first.
 */
export function createToSimplified(overrides: readonly ConversionOverride[] = []): (text: string) => string {
  const characters = openccToMainland();
  const opencc = (text: string) => quoteMarks(characters(text));
  if (overrides.length === 0) return opencc;
  const phrases = new RegExp(
    overrides
      .map((o) => o.from)
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|'),
    'g',
  );
  const convert = (replacement: Map<string, string>) => (text: string) => {
    let out = '';
    let last = 0;
    for (const match of text.matchAll(phrases)) {
      out += opencc(text.slice(last, match.index)) + replacement.get(match[0]);
      last = match.index + match[0].length;
    }
    return out + opencc(text.slice(last));
  };
  // A `to` is itself read through the other rules, so 回任執行長 → 重新出任執行長 ends in the house word for
  // 執行長 (重新出任CEO), not in OpenCC's 执行长: one level deep, as written in the table.
  const once = convert(new Map(overrides.map((o) => [o.from, o.verbatim ? o.to : opencc(o.to)])));
  return convert(new Map(overrides.map((o) => [o.from, o.verbatim ? o.to : once(o.to)])));
}

/** Problems with an override list, each naming the entry and field. */
export function checkOverrides(overrides: readonly ConversionOverride[], convert = createToSimplified()): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  overrides.forEach((o, i) => {
    if (!/\p{Script=Han}/u.test(o.from)) problems.push(`overrides[${i}].from "${o.from}" has no Chinese character to convert`);
    if (seen.has(o.from)) problems.push(`overrides[${i}].from "${o.from}" is listed twice`);
    seen.add(o.from);
    const result = o.verbatim ? o.to : convert(o.to);
    if (convert(o.from) === result)
      problems.push(`overrides[${i}].to "${o.to}" gives "${result}", which OpenCC already makes of "${o.from}"; remove the entry`);
  });
  return problems;
}
