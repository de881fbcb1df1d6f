import type { ScriptMap } from './script-map';

/** A query as the reader typed it, and in the site's own script when they typed the other one. */
export function queryVariants(query: string, map: ScriptMap): string[] {
  const typed = query.trim().replace(/\s+/g, ' ');
  if (!typed) return [];
  const inSiteScript = [...typed].map((ch) => map[ch]?.[0] ?? ch).join('');
  return inSiteScript === typed ? [typed] : [inSiteScript, typed];
}
