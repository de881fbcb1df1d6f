// What a search box is wired to: its elements, and the strings and settings the page embeds for it.
import type { Kind } from './search-client';

/** The interface's words, in the page's script ({count}, {query} and {script} are filled in). */
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

/** Reads the strings and settings a page embeds for search (converted with the page). */
export function pageSearchSettings(
  root: ParentNode,
): Pick<SearchElements, 'strings' | 'otherScript' | 'browseLinks' | 'failureLinks' | 'base' | 'script' | 'searchHref'> {
  const json = (selector: string) => JSON.parse(root.querySelector(selector)!.textContent!);
  const { browseLinks, failureLinks, ...strings } = json('script[data-search-strings]');
  return { ...json('script[data-search-settings]'), strings, browseLinks, failureLinks };
}
