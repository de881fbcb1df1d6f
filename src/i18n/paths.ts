import type { Script } from './scripts';
import { escapeRegExp } from '../text/escape-regexp';

/** The site's base path, always with a trailing slash: "/" or "/retro/". */
export const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** The URL path of a page in a script: pagePath('zh-hant', 'events', 'altman-fired') → /zh-hant/events/altman-fired/. */
export function pagePath(script: Script, ...segments: string[]): string {
  return `${base}${[script, ...segments].join('/')}/`;
}

/** The same page in another script: the path with its script segment swapped. */
export function inScript(path: string, target: Script): string {
  return path.replace(new RegExp(`^(${escapeRegExp(base)})zh-han[st](?=/|$)`), `$1${target}`);
}

/** A page of the events index: /zh-hant/events/ for the first, /zh-hant/events/page/2/ for the next. */
export function eventsIndexPath(script: Script, page = 1): string {
  return page === 1 ? pagePath(script, 'events') : pagePath(script, 'events', 'page', String(page));
}
