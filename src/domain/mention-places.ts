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

/**
 * Where a person, term or event is told: each page (chapter or event) whose body mentions it, with the
 * section of the first mention, found from the mention's line in the authored body.
 */
export function mentionPlaces<T extends { mentions: Mention[]; body: string }>(
  kind: keyof typeof COMPONENT,
  id: string,
  pages: T[],
): MentionPlace<T>[] {
  return pages.flatMap((page) => {
    const first = page.mentions.find((m) => m.component === COMPONENT[kind] && m.id === id);
    return first ? [{ page, section: sectionAt(page.body, first.line) }] : [];
  });
}

/** The `##` heading above a line of a Markdown body (1-based), as plain text. */
export function sectionAt(body: string, line: number): string | undefined {
  const lines = body.split('\n').slice(0, line - 1);
  let fenced = false;
  let section: string | undefined;
  for (const text of lines) {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    const heading = !fenced && /^##\s+(.+?)\s*#*\s*$/.exec(text);
    if (heading) section = heading[1];
  }
  return section;
}
