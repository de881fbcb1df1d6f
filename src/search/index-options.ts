/**
 * How Pagefind indexes this site. `*`, `/` and apostrophes are kept inside words so that Q*, e/acc and
 * D'Angelo are searchable as written.
 */
export const pagefindIndexOptions = { includeCharacters: "*/'’" } as const;
