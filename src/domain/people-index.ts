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

/** The role a person held at a moment: the one whose interval contains it, else their first role. */
export function roleAt(profile: Pick<DocProfile, 'roles'>, epochMs: number): Role {
  return (
    profile.roles.find((r) => (r.fromMs === undefined || r.fromMs <= epochMs) && (r.untilMs === undefined || epochMs < r.untilMs)) ??
    profile.roles[0]
  );
}
