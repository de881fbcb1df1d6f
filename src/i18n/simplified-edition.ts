import { getCollection, getEntry } from 'astro:content';
import { createToSimplified } from './convert';
import { wordRules } from './word-rules';

let built: Promise<(text: string) => string> | undefined;

async function build() {
  const table = (await getEntry('conversion', 'conversion'))?.data.overrides ?? [];
  const people = (await getCollection('profiles')).map((p) => p.data);
  return createToSimplified(wordRules(table, people));
}

/**
 * The one converter of the Simplified edition (characters, word table, people's names, quote marks), for
 * everything that writes zh-Hans text: the page middleware, the search entities, the 404 page. Built once
 * per build; in dev, anew for each request so an edited word table or profile shows on reload.
 */
export function toSimplifiedEdition(): Promise<(text: string) => string> {
  if (import.meta.env.DEV) return build();
  return (built ??= build());
}
