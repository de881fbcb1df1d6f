// Marks the words a reader searched for when they arrive from a search result (?highlight=…), scrolls
// the first one in view, and lets them clear the marks. Loaded only when the address asks for it.
// Pagefind ships a highlighter (mark.js, 10 KB compressed) that neither scrolls nor can be dismissed;
// marking a few literal words in the article is this much code.
import { HIGHLIGHT_PARAM, highlightWords } from '../search/highlight-param';
import { escapeRegExp } from '../text/escape-regexp';
import { fill } from '../i18n/fill';

const SKIP = 'script, style, mark, [data-pagefind-ignore], .in-place-note';

/** Wraps every occurrence of the words in text under `root` in <mark class="search-highlight">. */
export function markWordsIn(root: Element, words: readonly string[]): HTMLElement[] {
  const usable = [...new Set(words)].filter((w) => w.trim()).sort((a, b) => b.length - a.length);
  if (!usable.length) return [];
  const pattern = new RegExp(usable.map(escapeRegExp).join('|'), 'giu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const marks: HTMLElement[] = [];
  for (const text of texts) {
    const value = text.data;
    const found = [...value.matchAll(pattern)];
    if (!found.length) continue;
    const parts: (string | HTMLElement)[] = [];
    let at = 0;
    for (const m of found) {
      parts.push(value.slice(at, m.index));
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      mark.textContent = m[0];
      parts.push(mark);
      marks.push(mark);
      at = m.index + m[0].length;
    }
    parts.push(value.slice(at));
    text.replaceWith(...parts.filter((p) => p !== ''));
  }
  return marks;
}

/** Removes the marks and the words from the address, keeping its #anchor. */
function clear(marks: HTMLElement[], bar: HTMLElement) {
  for (const mark of marks) {
    const parent = mark.parentNode;
    mark.replaceWith(mark.textContent ?? '');
    parent?.normalize();
  }
  bar.remove();
  const url = new URL(location.href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', url);
}

/**
 * The search wording: on the search page itself, or fetched from it (the reader just came from there, so
 * it is usually cached). Fetched here rather than through the dialog's builder, which would cost every
 * first search one more request for the shared module.
 */
async function searchStrings(): Promise<string | undefined> {
  const selector = 'script[data-search-strings]';
  const here = document.querySelector(selector)?.textContent;
  const href = document.querySelector<HTMLAnchorElement>('a[data-search-open]')?.href;
  if (here || !href) return here ?? undefined;
  try {
    const html = await (await fetch(href)).text();
    return new DOMParser().parseFromString(html, 'text/html').querySelector(selector)?.textContent ?? undefined;
  } catch {
    return undefined;
  }
}

export async function highlightOnArrival(): Promise<void> {
  const words = highlightWords(location.search);
  const root = document.querySelector('[data-pagefind-body]');
  if (!words.length || !root) return;
  const marks = markWordsIn(root, words);
  if (!marks.length) return;
  // The passage the result linked to, if any: its first mark, else the first mark after it, else the first.
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const first =
    (target &&
      (marks.find((m) => target.contains(m)) ?? marks.find((m) => target.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING))) ||
    marks[0];
  first.scrollIntoView({ block: 'center' });

  const strings = JSON.parse((await searchStrings()) ?? '{}') as Record<string, string>;
  const bar = document.createElement('div');
  bar.className = 'search-highlight-bar';
  bar.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = strings.clearHighlight ?? '×';
  button.addEventListener('click', () => clear(marks, bar));
  const shown = words.filter((w) => marks.some((m) => m.textContent!.toLowerCase() === w.toLowerCase()));
  bar.append(fill(strings.highlighted ?? '{words}', { words: shown.join('、') }), ' ', button);
  root.prepend(bar);
}
