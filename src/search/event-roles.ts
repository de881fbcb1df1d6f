// Who an event is about, for search ranking: the names Pagefind matches in an event page's meta fields.
import type { DocEvent } from '../domain/model';

interface Named {
  id: string;
  name: string;
  shortName: string;
  nameOriginal: string;
}
interface RoleEvent {
  kind: DocEvent['kind'];
  people: readonly string[];
  succession?: { holder: string; previous?: string };
  /** Set on the story's turning points (see the timeline). */
  highlight?: true | string;
}

export interface EventRoles {
  /** Who takes office in the event (appointed, returned), or whom a turning point of the main line is about (fired). */
  office: string;
  /** The person a main-line event is about: the first one it lists. */
  lead: string;
  /** Everyone else it lists. */
  people: string;
}

/**
 * Every name of the people in each role, space-separated (Pagefind splits a meta field into words).
 * A reader searching a person wants first the events that changed their office, then the main-line
 * events about them, then the others they act in (see ranking.ts for the weights).
 */
export function eventRoles(event: RoleEvent, profiles: readonly Named[]): EventRoles {
  const names = (ids: readonly string[]) =>
    ids
      .map((id) => profiles.find((p) => p.id === id))
      .flatMap((p) => (p ? [p.name, p.shortName, p.nameOriginal] : []))
      .join(' ');
  // The one who takes office: an appointment names the outgoing holder too, but it is not their event.
  // The firing changes the office without an appointment; it is a turning point about its first person.
  const about = event.kind === 'main' ? event.people.slice(0, 1) : [];
  const office = officeTakers(event);
  const lead = about.filter((id) => !office.includes(id));
  const people = event.people.filter((id) => !about.includes(id));
  return { office: names(office), lead: names(lead), people: names(people) };
}

/**
 * Who takes office in the event (the holder of a succession), or whom a turning point of the main line is
 * about (its first person): the people for whom it is one of the story's key events.
 */
export function officeTakers(event: RoleEvent): string[] {
  const about = event.kind === 'main' ? event.people.slice(0, 1) : [];
  return [...new Set([...(event.succession ? [event.succession.holder] : []), ...(event.highlight ? about : [])])];
}
