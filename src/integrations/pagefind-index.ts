import * as pagefind from 'pagefind';

/**
 * How Pagefind indexes this site. `*`, `/` and apostrophes are kept inside words so that Q*, e/acc and
 * D'Angelo are searchable as written.
 */
export const pagefindIndexOptions = { includeCharacters: "*/'’" } as const;

/**
 * Index entries per chunk file. A query loads every chunk that holds one of its words, and a Chinese
 * query is often several single characters spread over the alphabet, so with Pagefind's default
 * (about 30 KB chunks here) a first query loaded two or three chunks, 50–65 KB. At 2,500 a chunk is
 * about 4 KB and the same queries load about 13 KB. Pagefind reads this from an environment
 * variable it calls unstable; without it the index is only coarser, not wrong.
 */
export const INDEX_CHUNK_SIZE = 2500;

/** Starts Pagefind's indexer with this site's options. PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, if set, wins. */
export function createSiteIndex(): ReturnType<typeof pagefind.createIndex> {
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(INDEX_CHUNK_SIZE);
  return pagefind.createIndex(pagefindIndexOptions);
}
