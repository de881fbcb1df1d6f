import { getCollection, getEntry } from 'astro:content';
import { createToSimplified, type ConversionOverride } from './convert';
import { wordRules } from './word-rules';

interface Edition {
  rules: ConversionOverride[];
  toSimplified: (text: string) => string;
}
let built: Promise<Edition> | undefined;

async function build(): Promise<Edition> {
  const table = (await getEntry('conversion', 'conversion'))?.data.overrides ?? [];
  const people = (await getCollection('profiles')).map((p) => p.data);
  const rules = wordRules(table, people);
  return { rules, toSimplified: remembered(createToSimplified(rules)) };
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
