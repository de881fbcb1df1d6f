import { conversionTable, documentary } from '../data/documentary';
import { createToSimplified, type ConversionOverride } from './convert';
import { siteEditionWords, wordRules } from './word-rules';
import { typesetSimplified } from './typography';

interface Edition {
  rules: ConversionOverride[];
  toSimplified: (text: string) => string;
}
let built: Promise<Edition> | undefined;
const EDGE_SPACE = /^[ \u00a0]+(?=[\p{Script=Han}，。、；：）》”])|(?<=[\p{Script=Han}，。、；：（《“])[ \u00a0]+$/gu;

async function build(): Promise<Edition> {
  // From the checked documentary, like every page: the word table, each person's per-script names and
  // the site's per-edition words.
  const doc = await documentary();
  const rules = wordRules(await conversionTable(), doc.profiles, siteEditionWords(doc.site));
  const convert = createToSimplified(rules);
  // A space at a text node's edge next to Chinese sits against an inline element (持有 <a>OpenAI</a>):
  // mainland style sets none there either.
  return { rules, toSimplified: (text) => typesetSimplified(convert(text)).replace(EDGE_SPACE, '') };
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
