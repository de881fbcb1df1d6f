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
  return { rules, toSimplified: remembered((text) => typesetSimplified(convert(text)).replace(EDGE_SPACE, '')) };
}

/** Texts already converted this build. Most of a page's text (navigation, names, times, chart labels) recurs
 * on many pages, so each is converted once instead of on every page; the cache is emptied when it grows
 * large so that a documentary of any size holds a bounded amount. */
const REMEMBERED_MAX = 100_000;
function remembered(convert: (text: string) => string): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let converted = known.get(text);
    if (converted === undefined) {
      if (known.size >= REMEMBERED_MAX) known.clear();
      known.set(text, (converted = convert(text)));
    }
    return converted;
  };
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
