import { perArray } from './memo';
import type { DocEvent } from './model';

const kindRank = { main: 0, aside: 1 } as const;

/**
 * Events in the order they happened. Equal or unknown-to-the-minute times keep the narrative's order:
 * main events before their asides, then by sequence number.
 */
export function chronological<T extends Pick<DocEvent, 'epochMs' | 'kind' | 'seq'>>(events: readonly T[]): T[] {
  return sortChronologically(events) as T[];
}

/** The story's events by id, built once per events array (every chart of a build looks its ends up here). */
export function eventsById<T extends Pick<DocEvent, 'id'>>(events: readonly T[]): Map<string, T> {
  return indexById(events) as Map<string, T>;
}
const indexById = perArray((events: readonly Pick<DocEvent, 'id'>[]) => new Map(events.map((e) => [e.id, e])));

const sortChronologically = perArray((events: readonly Pick<DocEvent, 'epochMs' | 'kind' | 'seq'>[]) =>
  [...events].sort((a, b) => a.epochMs - b.epochMs || kindRank[a.kind] - kindRank[b.kind] || a.seq - b.seq),
);

/** The main line in its sequence. */
export function mainLine(events: readonly DocEvent[]): DocEvent[] {
  return events.filter((e) => e.kind === 'main').sort((a, b) => a.seq - b.seq);
}

/** The asides that hang off one main event, in their sequence. */
export function asidesOf(mainId: string, events: readonly DocEvent[]): DocEvent[] {
  return events.filter((e) => e.kind === 'aside' && e.main === mainId).sort((a, b) => a.seq - b.seq);
}

/** The events before and after one, in reading order (chronological). */
export function neighbours(id: string, events: readonly DocEvent[]): { previous?: DocEvent; next?: DocEvent } {
  const ordered = chronological(events);
  const index = ordered.findIndex((e) => e.id === id);
  return { previous: ordered[index - 1], next: ordered[index + 1] };
}

export interface Tenure {
  holder: string;
  /** When the term began; undefined when it began before the story (the first handover's `previous`). */
  fromMs?: number;
  /** When it ended; undefined when the holder is still in office at the story's end. */
  untilMs?: number;
  /** The handovers that began and ended it, by event id. */
  fromEvent?: string;
  untilEvent?: string;
  /** Whether a handover that bounds the term is known only roughly (about, worked out, or part of a day). */
  rough?: boolean;
}

/** A time known to the minute from a source's own words (stated, or converted from another zone). */
export const isFirmTime = (e: Pick<DocEvent, 'precision' | 'timeBasis'>): boolean =>
  e.precision === 'minute' && (e.timeBasis.how === 'stated' || e.timeBasis.how === 'converted');

/** The offices that change hands in the story, in the order they first do. */
export function offices(events: readonly DocEvent[]): string[] {
  return [...new Set(chronological(events).flatMap((e) => (e.succession ? [e.succession.office] : [])))];
}

/**
 * Who held an office, from the events that hand it over. Terms keep their real ends: the first holder's
 * term began before the story and the last one's goes on after it, so neither is cut at the story's edges.
 */
export function tenures(office: string, events: readonly DocEvent[]): Tenure[] {
  const handovers = chronological(events).filter((e) => e.succession?.office === office);
  const result: Tenure[] = [];
  let holder = handovers[0]?.succession?.previous;
  let since: DocEvent | undefined;
  for (const event of handovers) {
    if (holder !== undefined) {
      const rough = since !== undefined && (!isFirmTime(event) || !isFirmTime(since));
      result.push({
        holder,
        fromMs: since?.epochMs,
        untilMs: event.epochMs,
        ...(since ? { fromEvent: since.id } : {}),
        untilEvent: event.id,
        ...(rough ? { rough } : {}),
      });
    }
    holder = event.succession!.holder;
    since = event;
  }
  if (holder !== undefined) result.push({ holder, fromMs: since?.epochMs, ...(since ? { fromEvent: since.id } : {}) });
  return result;
}

/**
 * How long a term lasted, as firmly as its ends are known: to a tenth of an hour between two times known to
 * the minute, else to the hour and marked `about` (a term that began "on Sunday night" is not 48.1 hours
 * long); undefined for a term open at either end.
 */
export function termHours(t: Tenure): { hours: number; about: boolean } | undefined {
  if (t.fromMs === undefined || t.untilMs === undefined) return undefined;
  const hours = (t.untilMs - t.fromMs) / 3_600_000;
  return t.rough ? { hours: Math.round(hours), about: true } : { hours: Math.round(hours * 10) / 10, about: false };
}
