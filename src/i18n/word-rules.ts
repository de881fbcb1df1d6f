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
 * word table of content/conversion.yaml, then each person's mainland display name (written in Traditional,
 * like the word table, and converted the same way). Wherever the Traditional name occurs — prose, titles, lists, search entries — the
 * Simplified edition shows the mainland form. A later rule for the same phrase wins.
 */
export function wordRules(table: readonly ConversionOverride[], people: readonly PersonNames[]): ConversionOverride[] {
  const ui = uiWords.map((w) => ({ from: w.hant, to: w.hans, verbatim: true }));
  const names = people.flatMap((p) => [
    ...(p.nameHans ? [{ from: p.name, to: p.nameHans }] : []),
    ...(p.shortNameHans && p.shortName !== p.name ? [{ from: p.shortName, to: p.shortNameHans }] : []),
  ]);
  return [...new Map([...ui, ...table, ...names].map((rule) => [rule.from, rule])).values()];
}
