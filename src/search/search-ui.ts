// Binds a search box to a result list: live results as the reader types, kind filters, arrow keys.
import { createSearch, type Hit, type Kind, type Search } from './search-client';
import { fill } from '../i18n/fill';

export interface SearchStrings {
  kinds: Record<Kind, string>;
  all: string;
  count: string;
  countFirst: string;
  more: string;
  showMore: string;
  none: string;
  tryOther: string;
  browse: string;
  unavailable: string;
  needsBuild: string;
  instead: string;
}

export interface PageLink {
  href: string;
  label: string;
}

export interface OtherScript {
  name: string;
  searchHref: string;
  lang: string;
}

export interface SearchElements {
  input: HTMLInputElement;
  results: HTMLElement;
  status: HTMLElement;
  filters?: HTMLElement;
  strings: SearchStrings;
  otherScript: OtherScript;
  browseLinks: PageLink[];
  /** Where to read on when search cannot load: the chapters and the people. */
  failureLinks: PageLink[];
  base: string;
  script: string;
  /** This script's search page, where all results of a query are listed. */
  searchHref: string;
  /** How many results to show (each costs a request for its excerpt). */
  limit?: number;
  /**
   * How a cut-short list ends: with a link to all results on the search page (the dialog), or with a
   * button that shows the next results in place (the search page).
   */
  linkToAll?: boolean;
}

function renderHit(hit: Hit, strings: SearchStrings): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  link.className = 'search-hit';
  const heading = document.createElement('span');
  heading.className = 'search-hit-title';
  if (hit.kind) {
    const kind = document.createElement('span');
    kind.className = 'search-hit-kind';
    kind.textContent = strings.kinds[hit.kind];
    heading.append(kind, ' ');
  }
  heading.append(hit.title);
  if (hit.section) {
    const section = document.createElement('span');
    section.className = 'search-hit-section';
    section.textContent = hit.section;
    heading.append(' › ', section);
  }
  if (hit.date) {
    const time = document.createElement('time');
    time.dateTime = hit.date.datetime;
    time.textContent = hit.date.text;
    heading.append(' ', time);
  }
  const excerpt = document.createElement('span');
  excerpt.className = 'search-hit-excerpt';
  // Pagefind's excerpt is escaped text with <mark> around matches; nothing else is allowed through.
  excerpt.innerHTML = hit.excerpt.replace(/<(?!\/?mark>)/g, '&lt;');
  link.append(heading, excerpt);
  item.append(link);
  return item;
}

function renderMore(query: string, el: SearchElements, showMore: () => void): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-more';
  if (el.linkToAll) {
    const link = document.createElement('a');
    link.href = `${el.searchHref}?q=${encodeURIComponent(query)}`;
    link.textContent = el.strings.more;
    item.append(link);
  } else {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = el.strings.showMore;
    button.addEventListener('click', showMore);
    item.append(button);
  }
  return item;
}

function renderNothingFound(query: string, el: SearchElements): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-none';
  const other = document.createElement('a');
  other.href = `${el.otherScript.searchHref}?q=${encodeURIComponent(query)}`;
  other.lang = el.otherScript.lang;
  other.textContent = el.otherScript.name;
  const [before, after] = el.strings.tryOther.split('{script}');
  item.append(before, other, after, ' ');
  el.browseLinks.forEach((b, i) => {
    const a = document.createElement('a');
    a.href = b.href;
    a.textContent = b.label;
    item.append(i === 0 ? el.strings.browse : '、', a);
  });
  return item;
}

/**
 * The one line shown when search cannot load, in the reader's script, with what they can read instead.
 * `npm run dev` builds no index, so there it says a build is needed rather than that something broke.
 */
export function renderFailure(status: HTMLElement, el: Pick<SearchElements, 'strings' | 'failureLinks'>, dev: boolean): void {
  const links = el.failureLinks.flatMap((b, i) => {
    const a = document.createElement('a');
    a.href = b.href;
    a.textContent = b.label;
    return i === 0 ? [a] : ['、', a];
  });
  status.replaceChildren(dev ? el.strings.needsBuild : el.strings.unavailable, ' ', el.strings.instead, ...links, '。');
  status.dataset.searchFailed = '';
}

/** Wires the elements; returns a function that runs a query (for ?q= pages). */
export function attachSearch(el: SearchElements): (query: string) => Promise<void> {
  let search: Promise<Search> | undefined;
  let latest = 0;
  let kind: Kind | undefined;
  const step = el.limit ?? 20;
  /** How many results the current query and filter show; "show more" raises it by a step. */
  let limit = step;
  let shownFor = '';

  const run = async (query: string) => {
    const ticket = ++latest;
    if (`${kind}|${query}` !== shownFor) limit = step;
    shownFor = `${kind}|${query}`;
    if (!query.trim()) {
      el.results.replaceChildren();
      el.status.textContent = '';
      return;
    }
    // A failed load is forgotten, so the next keystroke tries again (the reader may be back online).
    search ??= createSearch(el.base, el.script).catch((error: unknown) => {
      search = undefined;
      throw error;
    });
    let found: Awaited<ReturnType<Search['run']>>;
    try {
      found = await (await search).run(query, { kind, limit });
    } catch (error) {
      if (ticket !== latest) return;
      console.error('search could not load', error);
      el.results.replaceChildren();
      renderFailure(el.status, el, import.meta.env.DEV);
      return;
    }
    if (ticket !== latest) return;
    delete el.status.dataset.searchFailed;
    const { hits, more } = found;
    const showMore = async () => {
      const already = hits.length;
      limit += step;
      await run(query);
      links()[already]?.focus();
    };
    // As a query is refined letter by letter the results often stay the same; keeping the list (and
    // the reader's focus in it) avoids yanking away the result they are arrowing to.
    const shown = [...el.results.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
    const rendered = hits.map((h) => renderHit(h, el.strings));
    if (hits.length > 0 && shown.length === hits.length && hits.every((h, i) => h.url === shown[i].getAttribute('href'))) {
      rendered.forEach((item, i) => shown[i].replaceChildren(...item.querySelector('a')!.childNodes));
      el.results.querySelector('.search-more')?.remove();
      if (more) el.results.append(renderMore(query, el, showMore));
    } else {
      el.results.replaceChildren(
        ...(hits.length ? rendered : [renderNothingFound(query, el)]),
        ...(more ? [renderMore(query, el, showMore)] : []),
      );
    }
    const count = fill(more ? el.strings.countFirst : el.strings.count, { count: hits.length });
    el.status.textContent = hits.length ? count : fill(el.strings.none, { query });
    // Which query's results are on screen: lets a test (or a reader's tool) wait for a search to settle.
    el.results.dataset.shownSearch = String(ticket);
  };

  el.input.addEventListener('input', () => void run(el.input.value));
  el.filters?.addEventListener('change', (event) => {
    const value = (event.target as HTMLInputElement).value;
    kind = value ? (value as Kind) : undefined;
    void run(el.input.value);
  });

  const links = () => [...el.results.querySelectorAll<HTMLAnchorElement>('a.search-hit, .search-more a')];
  const move = (from: Element | null, step: number) => {
    const all = links();
    if (!all.length) return;
    const index = all.indexOf(from as HTMLAnchorElement);
    if (index === -1) return all[step > 0 ? 0 : all.length - 1].focus();
    const next = index + step;
    if (next < 0) return el.input.focus();
    all[Math.min(next, all.length - 1)].focus();
  };
  el.input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(null, 1);
    }
  });
  el.results.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      move(document.activeElement, event.key === 'ArrowDown' ? 1 : -1);
    }
  });
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

/** Reads the strings and settings a page embeds for search (converted with the page). */
export function pageSearchSettings(
  root: ParentNode,
): Pick<SearchElements, 'strings' | 'otherScript' | 'browseLinks' | 'failureLinks' | 'base' | 'script' | 'searchHref'> {
  const json = (selector: string) => JSON.parse(root.querySelector(selector)!.textContent!);
  const { browseLinks, failureLinks, ...strings } = json('script[data-search-strings]');
  return { ...json('script[data-search-settings]'), strings, browseLinks, failureLinks };
}
