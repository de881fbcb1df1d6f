// The address parameter that tells a page which words to mark when a reader arrives from a search result.
// Shared by the search client (which writes it) and the page's highlighter (which reads it).

export const HIGHLIGHT_PARAM = 'highlight';

/** A result's address with the searched words attached, before its #anchor. */
export function withHighlight(url: string, words: readonly string[]): string {
  const [beforeHash, hash] = url.split('#', 2) as [string, string | undefined];
  const [path, query] = beforeHash.split('?', 2) as [string, string | undefined];
  const params = new URLSearchParams(query);
  for (const w of new Set(words)) if (w.trim()) params.append(HIGHLIGHT_PARAM, w.trim());
  const search = params.toString();
  return `${path}${search ? `?${search}` : ''}${hash ? `#${hash}` : ''}`;
}

/** The words a page was asked to mark, from its address. */
export function highlightWords(search: string): string[] {
  return [
    ...new Set(
      new URLSearchParams(search)
        .getAll(HIGHLIGHT_PARAM)
        .map((w) => w.trim())
        .filter(Boolean),
    ),
  ];
}
