import type { ScriptMap } from './script-map';

/** A query as the reader typed it, and in the site's own script when they typed the other one. */
export function queryVariants(query: string, map: ScriptMap): string[] {
  const typed = query.trim().replace(/\s+/g, ' ');
  if (!typed) return [];
  const inSiteScript = [...typed].map((ch) => map[ch]?.[0] ?? ch).join('');
  return inSiteScript === typed ? [typed] : [inSiteScript, typed];
}

/** Chinese run together with Latin (OpenAI董事会, GPT商店) as separate words, as the index holds them. */
export function spacedAtScriptBoundaries(query: string): string {
  return query.replace(/(\p{Script=Han})(?=[A-Za-z0-9])/gu, '$1 ').replace(/([A-Za-z0-9*])(?=\p{Script=Han})/gu, '$1 ');
}

/**
 * The words of a query, for the search that runs when no page holds them all: the words the reader
 * separated (by spaces, or by running Chinese into Latin); a single Chinese word is cut where `segment`
 * (Intl.Segmenter in the browser) finds words of two characters or more (a lone 的 would match every page).
 */
export function queryWords(query: string, segment: (text: string) => string[] = (t) => [t]): string[] {
  const words = spacedAtScriptBoundaries(query).split(/\s+/).filter(Boolean);
  if (words.length > 1) return [...new Set(words)];
  if (words.length === 0 || !/\p{Script=Han}/u.test(words[0])) return words;
  return [...new Set(segment(words[0]).filter((w) => [...w].length > 1))];
}
