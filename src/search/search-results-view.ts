// What the reader sees of a search: the hits, "more results", a nothing-found line, or why search is out.
import type { Hit, Results } from './search-client';
import type { SearchElements, SearchStrings } from './search-settings';
import { fill } from '../i18n/fill';

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
function renderFailure(status: HTMLElement, el: Pick<SearchElements, 'strings' | 'failureLinks'>, dev: boolean): void {
  const links = el.failureLinks.flatMap((b, i) => {
    const a = document.createElement('a');
    a.href = b.href;
    a.textContent = b.label;
    return i === 0 ? [a] : ['、', a];
  });
  status.replaceChildren(dev ? el.strings.needsBuild : el.strings.unavailable, ' ', el.strings.instead, ...links, '。');
  status.dataset.searchFailed = '';
}

/** An empty box shows nothing: no list, no status line. */
export function clearResults(el: SearchElements): void {
  el.results.replaceChildren();
  el.status.textContent = '';
}

/** Why there are no results: search could not load (logged for whoever debugs it). */
export function showFailure(el: SearchElements, error: unknown): void {
  console.error('search could not load', error);
  el.results.replaceChildren();
  renderFailure(el.status, el, import.meta.env.DEV);
}

/** A query's results and the status line that counts them (or says nothing was found). */
export function showResults(el: SearchElements, query: string, { hits, more }: Results, showMore: () => void): void {
  delete el.status.dataset.searchFailed;
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
}
