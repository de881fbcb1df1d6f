import type { Mention } from './model';

/** The id a page gives the first mention of a person, term or event, so other pages can link to it. */
export function mentionAnchor(kind: 'person' | 'term' | 'event', id: string): string {
  return `${kind}-${id}`;
}

const COMPONENT = { person: 'Person', term: 'Term', event: 'EventRef' } as const;

export interface MentionPlace<T> {
  page: T;
  /** The text of the `##` section the first mention sits in; absent before the first heading. */
  section?: string;
}

/** Where a person, term or event is told: each page (chapter or event) whose body mentions it, with the section of the first mention. */
export function mentionPlaces<T extends { mentions: Mention[] }>(kind: keyof typeof COMPONENT, id: string, pages: T[]): MentionPlace<T>[] {
  return pages.flatMap((page) => {
    const first = page.mentions.find((m) => m.component === COMPONENT[kind] && m.id === id);
    return first ? [{ page, section: first.section }] : [];
  });
}
