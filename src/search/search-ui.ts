// Binds a search box to a result list: live results as the reader types, kind filters, arrow keys. What
// the list shows is drawn by search-results-view.ts; the arrow keys live in search-keys.ts.
import { createSearch, type Kind, type Results, type Search } from './search-client';
import { attachArrowKeys, resultLinks } from './search-keys';
import { clearResults, showFailure, showResults } from './search-results-view';
import { pageSearchSettings, type SearchElements } from './search-settings';

/**
 * The search engine, loaded on first use. A failed load is forgotten, so the next keystroke tries again
 * (the reader may be back online).
 */
function searchOnDemand(base: string, script: string): () => Promise<Search> {
  let search: Promise<Search> | undefined;
  return () =>
    (search ??= createSearch(base, script).catch((error: unknown) => {
      search = undefined;
      throw error;
    }));
}

/** Wires the elements; returns a function that runs a query (for ?q= pages). */
export function attachSearch(el: SearchElements): (query: string) => Promise<void> {
  const loadSearch = searchOnDemand(el.base, el.script);
  const step = el.limit ?? 20;
  let kind: Kind | undefined;
  /** How many results the current query and filter show; "show more" raises it by a step. */
  let limit = step;
  let shownFor = '';
  /** The newest query run: an older one that answers late shows nothing. */
  let latest = 0;

  const run = async (query: string) => {
    const ticket = ++latest;
    if (`${kind}|${query}` !== shownFor) limit = step;
    shownFor = `${kind}|${query}`;
    if (!query.trim()) return clearResults(el);
    let found: Results;
    try {
      found = await (await loadSearch()).run(query, { kind, limit });
    } catch (error) {
      if (ticket === latest) showFailure(el, error);
      return;
    }
    if (ticket !== latest) return;
    showResults(el, query, found, () => void showMore(query, found.hits.length));
    // Which query's results are on screen: lets a test (or a reader's tool) wait for a search to settle.
    el.results.dataset.shownSearch = String(ticket);
  };

  /** The next step of results in place, focus on the first new one. */
  const showMore = async (query: string, already: number) => {
    limit += step;
    await run(query);
    resultLinks(el.results)[already]?.focus();
  };

  el.input.addEventListener('input', () => void run(el.input.value));
  el.filters?.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    kind = value ? (value as Kind) : undefined;
    void run(el.input.value);
  });
  attachArrowKeys(el.input, el.results);
  return run;
}

/** Wires the search form, status and results inside `root` (the dialog or the search page). */
export function attachSearchIn(root: HTMLElement, options: { limit?: number; linkToAll?: boolean } = {}): (query: string) => Promise<void> {
  return attachSearch({
    input: root.querySelector<HTMLInputElement>('input[type="search"]')!,
    results: root.querySelector<HTMLElement>('.search-results')!,
    status: root.querySelector<HTMLElement>('.search-status')!,
    filters: root.querySelector<HTMLElement>('.search-filters') ?? undefined,
    ...pageSearchSettings(root),
    ...options,
  });
}
