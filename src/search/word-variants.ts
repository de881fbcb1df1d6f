import type { ConversionOverride } from '../i18n/convert';
import type { Script } from '../i18n/scripts';

/** Pairs of [a word a reader may type, the word this edition's text uses for it]. */
export type WordMap = [string, string][];

/**
 * What readers of either script may type for each word the two editions say differently, for the site in
 * `siteScript`: on the Simplified site 執行長 / 执行长 mean 首席执行官; on the Traditional site 首席执行官 /
 * 首席執行官 mean 執行長. Built from the same word rules that make the Simplified edition.
 */
export function buildWordMap(
  siteScript: Script,
  rules: readonly ConversionOverride[],
  toSimplifiedEdition: (text: string) => string,
  toSimplifiedCharacters: (text: string) => string,
  synonyms: readonly { means: string; words: readonly string[] }[] = [],
): WordMap {
  const pairs = new Map<string, string>();
  // Words readers type for what the text names otherwise (谷歌 → Google), in this edition's form of the text's word.
  for (const { means, words } of synonyms) {
    const onSite = siteScript === 'zh-hans' ? toSimplifiedEdition(means) : means;
    for (const word of words.flatMap((w) => [w, toSimplifiedCharacters(w)]))
      if (word !== onSite && !pairs.has(word)) pairs.set(word, onSite);
  }
  for (const rule of rules) {
    const hans = toSimplifiedEdition(rule.from);
    const typed = siteScript === 'zh-hans' ? [rule.from, toSimplifiedCharacters(rule.from)] : [hans, ...(rule.verbatim ? [] : [rule.to])];
    const onSite = siteScript === 'zh-hans' ? hans : rule.from;
    for (const word of typed) if (word !== onSite && !pairs.has(word)) pairs.set(word, onSite);
    // Words readers type for the same thing that neither edition writes (首席执行官 where the text says CEO / 執行長).
    for (const synonym of rule.search ?? [])
      for (const word of [synonym, toSimplifiedCharacters(synonym)]) if (word !== onSite && !pairs.has(word)) pairs.set(word, onSite);
  }
  return [...pairs].sort(([a], [b]) => b.length - a.length);
}

/** The query with every word of the other vocabulary replaced by this edition's, if that changes it. */
export function wordVariant(query: string, words: WordMap): string | undefined {
  let out = '';
  let i = 0;
  outer: while (i < query.length) {
    for (const [typed, onSite] of words) {
      if (query.startsWith(typed, i)) {
        out += onSite;
        i += typed.length;
        continue outer;
      }
    }
    out += query[i++];
  }
  return out === query ? undefined : out;
}
