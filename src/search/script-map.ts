import type { Script } from '../i18n/scripts';

/**
 * Which character a reader of one script may type for a character of the other. Built at build time
 * from the site's own text, so it only holds characters the index can match: a few hundred pairs, not
 * OpenCC's whole dictionary, and small enough to ship with the search code.
 */
export type ScriptMap = Record<string, string[]>;

const HAN = /\p{Script=Han}/gu;

function countHan(texts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const [ch] of text.matchAll(HAN)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

/**
 * For a site in `siteScript`: maps each character a reader might type in the other script to the
 * characters this site's text has for it, most frequent first.
 * - Traditional site: Simplified 尔 → 爾, 后 → 後, 后 (from the site's own 後 and 皇后).
 * - Simplified site: Traditional 爾 → 尔, 會 → 会 (any Traditional form whose Simplified the site has).
 */
export function buildScriptMap(
  siteScript: Script,
  siteTexts: Iterable<string>,
  toSimplified: (text: string) => string,
  traditionalCandidates: Iterable<string> = [],
): ScriptMap {
  const counts = countHan(siteTexts);
  const map = new Map<string, string[]>();
  const add = (typed: string, onSite: string) => {
    const list = map.get(typed) ?? [];
    if (!list.includes(onSite)) list.push(onSite);
    map.set(typed, list);
  };
  if (siteScript === 'zh-hant') {
    for (const hant of counts.keys()) {
      const hans = toSimplified(hant);
      if (hans !== hant && [...hans].length === 1) add(hans, hant);
    }
  } else {
    for (const hant of traditionalCandidates) {
      const hans = toSimplified(hant);
      if (hans !== hant && counts.has(hans)) add(hant, hans);
    }
  }
  const byFrequency = (a: string, b: string) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0);
  return Object.fromEntries([...map].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, v.sort(byFrequency)]));
}
