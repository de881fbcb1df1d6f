import type { ConversionOverride } from './convert';
import { uiWords } from './ui-words.ts';

/** A person's names as the profile gives them, in Traditional, and as mainland readers know them. */
export interface PersonNames {
  name: string;
  shortName: string;
  nameHans?: string;
  shortNameHans?: string;
}

/**
 * Every word rule of the Simplified edition, in one list: the interface wording (ui-words.ts), the reviewed
 * per-edition words of the site (a time zone's name: 台灣時間 / 北京时间), the word table of content/conversion.yaml, then each person's mainland display name (written in Traditional,
 * like the word table, and converted the same way). Wherever the Traditional name occurs — prose, titles, lists, search entries — the
 * Simplified edition shows the mainland form. A later rule for the same phrase wins.
 */
export function wordRules(
  table: readonly ConversionOverride[],
  people: readonly PersonNames[],
  editionWords: readonly ConversionOverride[] = [],
): ConversionOverride[] {
  const ui = uiWords.map((w) => ({ from: w.hant, to: w.hans, verbatim: true }));
  const names = people.flatMap((p) => [
    ...(p.nameHans ? [{ from: p.name, to: p.nameHans }] : []),
    ...(p.shortNameHans && p.shortName !== p.name ? [{ from: p.shortName, to: p.shortNameHans }] : []),
  ]);
  return [...new Map([...ui, ...editionWords, ...table, ...names].map((rule) => [rule.from, rule])).values()];
}

/** The site's per-edition words: each time zone's name where the Simplified edition says it differently. */
export function siteEditionWords(site: { timeZones: readonly { label: string; labelHans?: string }[] }): ConversionOverride[] {
  return site.timeZones.flatMap((z) => (z.labelHans && z.labelHans !== z.label ? [{ from: z.label, to: z.labelHans }] : []));
}
