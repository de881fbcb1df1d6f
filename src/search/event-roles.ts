// Who an event is about, for search ranking: the names Pagefind matches in an event page's meta fields.

interface Named {
  id: string;
  name: string;
  shortName: string;
  nameOriginal: string;
}
interface RoleEvent {
  kind: 'main' | 'aside';
  people: readonly string[];
  succession?: { holder: string; previous?: string };
}

export interface EventRoles {
  /** People whose office the event changes (fired, appointed, returned). */
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
  const office = event.succession ? [event.succession.holder, ...(event.succession.previous ? [event.succession.previous] : [])] : [];
  const lead = event.kind === 'main' ? event.people.slice(0, 1) : [];
  const people = event.people.filter((id) => !lead.includes(id));
  return { office: names(office), lead: names(lead), people: names(people) };
}
