// The events index: every event, grouped by the day it fell on, cut into pages of a bounded size so a
// documentary of thousands of events still gets pages a phone can load.
import { chronological } from './timeline';
import type { DocEvent } from './model';
import { dayKey } from './time-zones';

/** Events per page of the index: one page for a story of days, a bounded page for one of years. */
export const eventsPerIndexPage = 200;

export interface EventDay<T> {
  /** The calendar day (YYYY-MM-DD) in the index's zone. */
  day: string;
  events: T[];
  /** True when the day began on the page before (a day with more events than a page holds). */
  continued: boolean;
}

export interface EventsIndexPage<T> {
  /** 1-based page number. */
  number: number;
  days: EventDay<T>[];
}

type Indexed = Pick<DocEvent, 'epochMs' | 'kind' | 'seq'>;

/** Chronological events grouped by calendar day in a zone, main events before their asides at equal times. */
export function eventsByDay<T extends Indexed>(events: readonly T[], timeZone: string): EventDay<T>[] {
  return [...Map.groupBy(chronological(events), (e) => dayKey(e.epochMs, timeZone))].map(([day, list]) => ({
    day,
    events: list,
    continued: false,
  }));
}

/**
 * The index cut into pages of at most `perPage` events. A page ends at a day's end when the next day would
 * not fit; only a day longer than a whole page is split, and its later parts say they continue it.
 */
export function eventsIndexPages<T extends Indexed>(
  events: readonly T[],
  timeZone: string,
  perPage = eventsPerIndexPage,
): EventsIndexPage<T>[] {
  // Every event page asks which index page holds it: the pages are cut once per build, not once per event.
  const key = `${timeZone} ${perPage}`;
  let known = cache.get(events);
  if (!known) cache.set(events, (known = new Map()));
  if (!known.has(key)) known.set(key, cutIntoPages(events, timeZone, perPage));
  return known.get(key) as EventsIndexPage<T>[];
}

const cache = new WeakMap<readonly Indexed[], Map<string, EventsIndexPage<Indexed>[]>>();

function cutIntoPages<T extends Indexed>(events: readonly T[], timeZone: string, perPage: number): EventsIndexPage<T>[] {
  if (!(perPage >= 1)) throw new Error(`eventsIndexPages: perPage must be at least 1, got ${perPage}`);
  const pages: EventDay<T>[][] = [[]];
  let room = perPage;
  const newPage = () => {
    pages.push([]);
    room = perPage;
  };
  for (const { day, events: list } of eventsByDay(events, timeZone)) {
    if (list.length > room && room < perPage) newPage();
    for (let start = 0; start < list.length;) {
      if (room === 0) newPage();
      const part = list.slice(start, start + room);
      pages.at(-1)!.push({ day, events: part, continued: start > 0 });
      start += part.length;
      room -= part.length;
    }
  }
  return pages.map((days, i) => ({ number: i + 1, days }));
}

/** The number of the index page that lists an event (1 when it is on none). */
export function indexPageOf<T extends Indexed & { id: string }>(pages: readonly EventsIndexPage<T>[], id: string): number {
  return pages.find((p) => p.days.some((d) => d.events.some((e) => e.id === id)))?.number ?? 1;
}
