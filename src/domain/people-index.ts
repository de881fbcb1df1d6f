import type { DocChapter, DocEvent, DocProfile, Role } from './model';
import { perArray } from './memo';
import { chronological } from './timeline';

/** Every event a person takes part in, in the order they happened. */
export const eventsByPerson = perArray((events: readonly DocEvent[]): Map<string, DocEvent[]> => {
  const index = new Map<string, DocEvent[]>();
  for (const event of chronological(events)) {
    const mentioned = new Set([...event.people, ...event.mentions.filter((m) => m.component === 'Person').map((m) => m.id)]);
    for (const person of mentioned) index.set(person, [...(index.get(person) ?? []), event]);
  }
  return index;
});

/** Every chapter whose prose names a person, in reading order. */
export const chaptersByPerson = perArray((chapters: readonly DocChapter[]): Map<string, DocChapter[]> => {
  const index = new Map<string, DocChapter[]>();
  for (const chapter of [...chapters].sort((a, b) => a.order - b.order)) {
    const mentioned = new Set(chapter.mentions.filter((m) => m.component === 'Person').map((m) => m.id));
    for (const person of mentioned) index.set(person, [...(index.get(person) ?? []), chapter]);
  }
  return index;
});

/**
 * People in the groups the content defines, in its order; within a group the most involved first. Those
 * with no group come last, under `rest`.
 */
export function peopleInGroups<P extends Pick<DocProfile, 'id' | 'group'>>(
  people: readonly P[],
  groups: readonly { id: string; label: string }[],
  involvement: (person: P) => number,
  rest: string,
): { id: string; label: string; people: P[] }[] {
  const sorted = [...people].sort((a, b) => involvement(b) - involvement(a) || a.id.localeCompare(b.id));
  const known = new Set(groups.map((g) => g.id));
  return [
    ...groups.map((g) => ({ ...g, people: sorted.filter((p) => p.group === g.id) })),
    { id: 'others-ungrouped', label: rest, people: sorted.filter((p) => p.group === undefined || !known.has(p.group)) },
  ].filter((g) => g.people.length > 0);
}

/** The role a person held at a moment: the one whose interval contains it, else their first role. */
export function roleAt(profile: Pick<DocProfile, 'roles'>, epochMs: number): Role {
  return (
    profile.roles.find((r) => (r.fromMs === undefined || r.fromMs <= epochMs) && (r.untilMs === undefined || epochMs < r.untilMs)) ??
    profile.roles[0]
  );
}
