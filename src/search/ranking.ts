/**
 * How Pagefind ranks this site's pages, before the pages a query names (people, terms) are put first.
 *
 * A meta match adds weight × the query's IDF, so a name on most pages (阿特曼) gets a small boost
 * and a rarer one a larger: the weights are large so that the boost still outweighs body text.
 * - `title` (Pagefind's default 5): an event or chapter whose title holds the query.
 * - `office`: an event in which the person takes office (appointed, back), first of all.
 * - `lead`: a main-line event about the person (the first person it lists).
 * - `names`: a profile's or term's other names (kept out of excerpts, which listed every spelling).
 * - `summary`: an event's one-line summary, a little.
 * - `people`: an event in which the person otherwise acts (its people list, every name, in the page's script).
 *   A name is one meta match for all its characters, so an event in which Altman acts outranks a page
 *   that merely repeats 阿、爾、特、曼 in passing.
 * The sources page indexes its list at weight 0.2 (sources.astro), so it comes last.
 */
export const pagefindRanking = {
  metaWeights: { title: 16, office: 80, lead: 60, people: 20, names: 8, summary: 2, when: 0, date: 0 },
} as const;
