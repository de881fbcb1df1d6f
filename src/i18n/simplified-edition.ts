import { conversionTable, documentary } from '../data/documentary';
import { createToSimplified, type ConversionOverride } from './convert';
import { wordRules } from './word-rules';

interface Edition {
  rules: ConversionOverride[];
  toSimplified: (text: string) => string;
}
let built: Promise<Edition> | undefined;

async function build(): Promise<Edition> {
  // From the checked documentary, like every page: the word table and each person's per-script names.
  const rules = wordRules(await conversionTable(), (await documentary()).profiles);
  return { rules, toSimplified: createToSimplified(rules) };
}

/** Built once per build; in dev, anew for each request so an edited word table or profile shows on reload. */
const edition = () => (import.meta.env.DEV ? build() : (built ??= build()));

/**
 * The one converter of the Simplified edition (characters, word table, people's names, quote marks), for
 * everything that writes zh-Hans text: the page middleware, the search entities, the 404 page.
 */
export async function toSimplifiedEdition(): Promise<(text: string) => string> {
  return (await edition()).toSimplified;
}

/** The word rules behind it, for search: either wording finds the page in either script. */
export async function simplifiedEditionRules(): Promise<ConversionOverride[]> {
  return (await edition()).rules;
}
