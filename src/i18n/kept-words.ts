/** A word the Simplified edition keeps on purpose, everywhere or only inside the listed phrases. */
export interface KeptWord {
  word: string;
  only?: readonly string[];
}

/**
 * Where `text` holds `word` outside every phrase it is kept in: the places that still need a decision.
 * With no `only`, the word is kept everywhere and nothing is returned.
 */
export function uncoveredOccurrences(text: string, { word, only }: KeptWord): number[] {
  if (!only) return [];
  const covered = new Set<number>();
  for (const phrase of only) {
    const offset = phrase.indexOf(word);
    if (offset === -1) continue;
    for (let i = text.indexOf(phrase); i !== -1; i = text.indexOf(phrase, i + 1)) covered.add(i + offset);
  }
  const found: number[] = [];
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) if (!covered.has(i)) found.push(i);
  return found;
}
