import type { DocEvent, DocProfile, DocTerm } from './model';
import { formatMoment } from './time-format';

/** What an in-place note says: a heading (the name, or when) and one line. */
export interface NoteText {
  heading: string;
  note: string;
}

export const termNote = (term: Pick<DocTerm, 'term' | 'definition'>): NoteText => ({ heading: term.term, note: term.definition });

/** Who a person is in this story; a page about one moment says their role then instead (`role`). */
export const personNote = (person: Pick<DocProfile, 'name' | 'nameOriginal' | 'summary'>, role?: string): NoteText => ({
  heading: `${person.name} ${person.nameOriginal}`,
  note: role ?? person.summary,
});

/**
 * When, in the site's first time zone, and the event's one-line title (the longer summary would cost a
 * chapter more than it can spare, even fetched once per script).
 */
export const eventNote = (
  event: Pick<DocEvent, 'epochMs' | 'precision' | 'title'>,
  zone: { zone: string; label: string },
  /** How firmly the time is known, in the interface's words (約 …); the time as it is by default. */
  asKnown: (time: string) => string = (time) => time,
): NoteText => ({
  heading: `${asKnown(formatMoment(event.epochMs, zone.zone, event.precision))}（${zone.label}）`,
  note: event.title,
});
