// Runs a reader's query against the Pagefind index of the page's own script. Loaded on first use only.
import { queryVariants, queryWords, spacedAtScriptBoundaries } from './query-variants';
import type { ScriptMap } from './script-map';
import { entitiesNamed, siteNamesFor, type Entity } from './entities';
import { wordVariant, type WordMap } from './word-variants';
import { bestPassage, cleanExcerpt, markWords, type Passage } from './excerpt';
import { withHighlight } from './highlight-param';
import { pagefindRanking } from './ranking';

export type Kind = 'chapter' | 'event' | 'person' | 'term' | 'source';

export interface Hit {
  url: string;
  title: string;
  /** The section of the page the passage is in, when the hit is a passage of a longer page. */
  section?: string;
  /** HTML with <mark> around the matched words. */
  excerpt: string;
  kind?: Kind;
  /** When the event happened, as its page says it (in the reader's chosen zone). */
  date?: { text: string; datetime: string };
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  locations: number[];
  sub_results: Passage[];
}
interface PagefindResult {
  id: string;
  score: number;
  /** Where the query's words are in the page's text; none when only a meta field matched. */
  words: number[];
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] } | null>;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface Results {
  hits: Hit[];
  /** Whether more pages matched than the limit let through. */
  more: boolean;
}

export interface Search {
  run: (query: string, options?: { kind?: Kind; limit?: number }) => Promise<Results>;
}

/**
 * The JSON a search file holds, or an error naming the file. A host without `pagefind/` answers 404, and
 * one that serves its home page for every path answers 200 with HTML: neither is a search file.
 */
export async function jsonFrom<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`search: ${response.url} answered ${response.status}`);
  try {
    return (await response.json()) as T;
  } catch {
    throw new Error(`search: ${response.url} is not JSON`);
  }
}

const ELLIPSIS = '…';

/** Which of the page's display zones the reader chose (the zone toggle); the first by default. */
const zoneIndex = () => (typeof document === 'undefined' ? 0 : Number(document.documentElement.dataset.zoneShow) || 0);

/**
 * A Pagefind result as the reader sees it: the passage that matched best (linked at its anchor, named
 * by its section), its excerpt cleaned, and an event's time as its page shows it.
 */
export function toHit(d: PagefindData, searched: readonly string[]): Hit {
  const title = d.meta.title ?? d.url;
  const passage = bestPassage(d.sub_results ?? []);
  // A hit in an event's title alone: its summary says more than the title again.
  const excerpt =
    !passage?.anchor && d.meta.summary
      ? markWords(escapeHtml(d.meta.summary), searched)
      : cleanExcerpt(passage?.excerpt ?? d.excerpt, searched, ELLIPSIS);
  const when = d.meta.when?.split('｜');
  const datetimes = d.meta.date?.split(' ');
  const zone = when && zoneIndex() < when.length ? zoneIndex() : 0;
  return {
    url: withHighlight(passage?.url ?? d.url, searched),
    title,
    section: passage?.anchor && passage.title !== title ? passage.title : undefined,
    excerpt,
    kind: d.filters.kind?.[0] as Kind | undefined,
    date: when && datetimes ? { text: when[zone], datetime: datetimes[zone] ?? datetimes[0] } : undefined,
  };
}

/**
 * Where to import Pagefind from after `failedLoads` failed tries. A browser remembers a failed `import()`
 * of a URL for the life of the page (its module map keeps the error), so a retry under the same URL fails
 * again without asking the server: each retry asks for a URL of its own.
 */
export function pagefindModuleUrl(base: string, failedLoads: number): string {
  const url = `${base}pagefind/pagefind.js`;
  return failedLoads > 0 ? `${url}?retry=${failedLoads}` : url;
}

let failedLoads = 0;

async function importPagefind(base: string): Promise<Pagefind> {
  try {
    return (await import(/* @vite-ignore */ pagefindModuleUrl(base, failedLoads))) as Pagefind;
  } catch (error) {
    failedLoads += 1;
    throw error;
  }
}

/** Loads Pagefind and this script's character map from the site under `base`. Rejects if any is missing. */
export async function createSearch(base: string, script: string): Promise<Search> {
  const [pagefind, map, entities, words] = await Promise.all([
    importPagefind(base),
    fetch(`${base}pagefind/script-map.${script}.json`).then((r) => jsonFrom<ScriptMap>(r)),
    fetch(`${base}${script}/search/entities.json`).then((r) => jsonFrom<Entity[]>(r)),
    fetch(`${base}${script}/search/words.json`).then((r) => jsonFrom<WordMap>(r)),
  ]);
  // Pagefind 1.5+ searches in a Web Worker by default, which costs a second copy of its code (12 KB
  // compressed) on first search. This index is small enough to search on the page in a few ms.
  await pagefind.options({ baseUrl: base, excerptLength: 30, excerptEllipsis: ELLIPSIS, noWorker: true, ranking: pagefindRanking });
  await pagefind.init();

  return {
    async run(query, { kind, limit = 20 } = {}) {
      const typed = queryVariants(query.replaceAll('’', "'"), map);
      // The same query in this edition's words (首席执行官 on the Traditional site searches 執行長 too).
      const inOurWords = [...new Set([...typed.flatMap((v) => wordVariant(v, words) ?? []), ...typed])];
      // Chinese run together with Latin is two words to the index: OpenAI董事会 searches OpenAI 董事会.
      const variants = [...new Set([...inOurWords, ...inOurWords.map(spacedAtScriptBoundaries)])];
      const searches = [...new Set([...variants, ...variants.flatMap((v) => siteNamesFor(v, entities))])];
      const options = kind ? { filters: { kind } } : {};
      const responses = await Promise.all(searches.map((q) => pagefind.search(q, options)));
      const seen = new Set<string>();
      const ranked: PagefindResult[] = [];
      for (const response of responses) {
        for (const result of response?.results ?? []) {
          // Pagefind drops query words it cannot match; when it drops them all, it returns every page.
          // A page where no word of the query was found, in its text or its meta fields, is not a hit.
          if (result.words.length === 0 && !(result.score > 0)) continue;
          if (!seen.has(result.id)) {
            seen.add(result.id);
            ranked.push(result);
          }
        }
      }
      // No page holds every word (微软 董事会 where a page says only one): the pages that hold the most of
      // them, best first, after any that hold them all; never an empty list when a word alone finds pages.
      if (ranked.length < limit) {
        const parts = [...new Set(variants.flatMap((v) => queryWords(v, segmentChinese)))];
        if (parts.length > 1) {
          const partial = new Map<string, { result: PagefindResult; words: number; score: number }>();
          for (const response of await Promise.all(parts.map((q) => pagefind.search(q, options)))) {
            for (const result of response?.results ?? []) {
              if (seen.has(result.id) || (result.words.length === 0 && !(result.score > 0))) continue;
              const entry = partial.get(result.id) ?? { result, words: 0, score: 0 };
              entry.words++;
              entry.score += result.score;
              partial.set(result.id, entry);
            }
          }
          for (const { result } of [...partial.values()].sort((a, b) => b.words - a.words || b.score - a.score)) ranked.push(result);
        }
      }
      // A page the query names (a person by any of their names, a term) goes first, told by its summary.
      const named = [...new Set(variants.flatMap((v) => entitiesNamed(v, entities)))].filter((e) => !kind || e.kind === kind);
      const namedHits: Hit[] = named.map((e) => ({ url: e.url, title: e.title, excerpt: escapeHtml(e.summary), kind: e.kind }));
      // Then the events that turn on a person the query names (taking office, being fired), told by their
      // summaries: the name is on nearly every page, so Pagefind's own order cannot tell them apart.
      if (!kind || kind === 'event') {
        for (const e of named.flatMap((n) => n.keyEvents ?? [])) {
          if (!namedHits.some((h) => h.url === e.url))
            namedHits.push({
              url: withHighlight(e.url, searches),
              title: e.title,
              excerpt: markWords(escapeHtml(e.summary), searches),
              kind: 'event',
              date: { text: e.when[zoneIndex()] ?? e.when[0], datetime: e.datetimes[zoneIndex()] ?? e.datetimes[0] },
            });
        }
      }
      // Each result's excerpt is a request: only the ones shown are loaded.
      const data = await Promise.all(ranked.slice(0, limit).map((r) => r.data()));
      const found: Hit[] = data.map((d) => toHit(d, searches));
      const path = (url: string) => url.split(/[?#]/)[0];
      const hits = [...namedHits, ...found.filter((h) => !namedHits.some((e) => path(e.url) === path(h.url)))];
      const more = hits.length > limit || (found.length > 0 && ranked.length > limit);
      return { hits: hits.slice(0, limit), more };
    },
  };
}

/** Chinese words as the browser segments them (Pagefind does the same at query time). */
function segmentChinese(text: string): string[] {
  if (typeof Intl === 'undefined' || !('Segmenter' in Intl)) return [text];
  return [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(text)].filter((s) => s.isWordLike).map((s) => s.segment);
}
