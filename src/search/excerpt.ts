// What a result shows: the passage that matched best, and an excerpt of it that marks whole names.
import { escapeRegExp } from '../text/escape-regexp';

/** One of Pagefind's sub-results: a section or passage of a page. */
export interface Passage {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: unknown;
}

/**
 * The passage with the most matched words (the first of equals): Pagefind lists a page's passages in
 * page order, and a reader wants the one about their query, not the first that mentions it.
 */
export function bestPassage<T extends Passage>(passages: readonly T[]): T | undefined {
  return passages.reduce<T | undefined>((best, p) => (!best || p.locations.length > best.locations.length ? p : best), undefined);
}

const HAN = /\p{Script=Han}/u;
const CLAUSE_END = /[。，；：、！？」』）]/u;

/**
 * Pagefind's excerpt, cleaned for a reader:
 * - marks next to each other are one mark (Pagefind marks a Chinese name character by character);
 * - a mark made only of Chinese characters is kept when it holds one of the searched words, so the
 *   name is marked and its characters scattered in other words (布羅克「曼」) are not;
 * - an excerpt Pagefind cut mid-passage (it starts with `ellipsis`) starts after the first clause end
 *   instead, if that comes soon and before the first mark.
 */
export function cleanExcerpt(html: string, searched: readonly string[], ellipsis = '…'): string {
  const words = searched.flatMap((w) => w.split(/\s+/)).filter((w) => HAN.test(w));
  let text = html.replace(/<\/mark><mark>/g, '');
  text = text.replace(/<mark>([^<]*)<\/mark>/g, (whole, inner: string) =>
    [...inner.trim()].every((ch) => HAN.test(ch)) && !words.some((w) => inner.includes(w)) ? inner : whole,
  );
  if (text.startsWith(ellipsis)) {
    const firstMark = text.indexOf('<mark>');
    const cut = text.slice(0, firstMark === -1 ? text.length : firstMark).search(CLAUSE_END);
    if (cut !== -1 && cut < 24) text = text.slice(cut + 1);
  }
  return text.trim();
}

/** Marks each searched word in escaped text (for text Pagefind did not excerpt, like an event's summary). */
export function markWords(escaped: string, searched: readonly string[]): string {
  const words = [...new Set(searched.flatMap((w) => w.split(/\s+/)).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!words.length) return escaped;
  return escaped.replace(new RegExp(words.map(escapeRegExp).join('|'), 'giu'), (m) => `<mark>${m}</mark>`);
}
