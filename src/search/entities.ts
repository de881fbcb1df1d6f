/** A page that is about one named thing (a person, a term, a chapter, an event), with every name readers use for it. */
export interface Entity {
  url: string;
  /** The page's title as search lists it. */
  title: string;
  /** A sentence shown in place of an excerpt. */
  summary: string;
  kind: 'person' | 'term' | 'chapter' | 'event';
  names: string[];
  /** The name the site's own text uses for it (a person's short name), when readers may type another. */
  searchAs?: string;
  /**
   * For a person: the events in which they take office or which turn on them, in story order. A name on
   * nearly every page gives Pagefind's meta fields almost no weight, so search lists these itself.
   */
  keyEvents?: { url: string; title: string; summary: string; when: string[]; datetimes: string[] }[];
}

/** Folds the differences readers do not mean: case, width, spaces, name dots, hyphens, apostrophes. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s·・.\-‐'’"“”]/g, '');
}

/**
 * Pages whose name the query is: an exact name first, then names the query begins (two characters or
 * more). Pagefind ranks by words on the page; a reader typing a person's name wants the person.
 */
export function entitiesNamed(query: string, entities: readonly Entity[]): Entity[] {
  const q = normalizeName(query);
  if ([...q].length < 2) return [];
  const exact = entities.filter((e) => e.names.some((n) => normalizeName(n) === q));
  const prefix = entities.filter((e) => !exact.includes(e) && e.names.some((n) => normalizeName(n).startsWith(q)));
  return [...exact, ...prefix];
}

/**
 * The names the site's text uses for what the query exactly names, when the query is another of its
 * names: "Nadella" also searches 納德拉, so the events that mention him are found, not only his page.
 */
export function siteNamesFor(query: string, entities: readonly Entity[]): string[] {
  const q = normalizeName(query);
  return entities
    .filter((e) => e.searchAs && normalizeName(e.searchAs) !== q && e.names.some((n) => normalizeName(n) === q))
    .map((e) => e.searchAs!);
}

/**
 * A name with its original (English) form, as a search result's title: 山姆·阿特曼（Sam Altman）. In
 * parentheses, because the Simplified edition sets no space between Chinese and Latin and a space alone
 * would run the two names into one. An original that carries its own abbreviation in parentheses gives it
after a comma instead, so brackets never nest: 通用人工智慧（Artificial General Intelligence, AGI）.
 */
export function titleWithOriginal(name: string, original: string | undefined): string {
  if (!original) return name;
  return `${name}（${original.replace(/\s*\(([^()]+)\)$/, ', $1')}）`;
}
