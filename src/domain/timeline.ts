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
  fromMs: number;
  untilMs: number;
}

/** The offices that change hands in the story, in the order they first do. */
export function offices(events: readonly DocEvent[]): string[] {
  return [...new Set(chronological(events).flatMap((e) => (e.succession ? [e.succession.office] : [])))];
}

/**
 * Who held an office across the story, from the events that hand it over. The first holder is the one the
 * first handover names as `previous`, holding it from the story's start.
 */
export function tenures(office: string, events: readonly DocEvent[], span: { startMs: number; endMs: number }): Tenure[] {
  const handovers = chronological(events).filter((e) => e.succession?.office === office);
  const result: Tenure[] = [];
  let holder = handovers[0]?.succession?.previous;
  let since = span.startMs;
  for (const event of handovers) {
    if (holder !== undefined && event.epochMs > since) result.push({ holder, fromMs: since, untilMs: event.epochMs });
    holder = event.succession!.holder;
    since = event.epochMs;
  }
  if (holder !== undefined && span.endMs > since) result.push({ holder, fromMs: since, untilMs: span.endMs });
  return result;
}
