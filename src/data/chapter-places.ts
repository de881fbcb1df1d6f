// Where in the chapters a person, term or event is told, for the "appears in" lists of their pages.
import { getCollection } from 'astro:content';
import { mentionAnchor, mentionPlaces } from '../domain/mention-places';
import type { DocChapter, Documentary } from '../domain/model';

let bodies: Promise<Map<string, string>> | undefined;

export interface ChapterPlace {
  chapter: DocChapter;
  section?: string;
  /** The id of the first mention in the chapter page. */
  anchor: string;
}

export async function chapterPlaces(doc: Documentary, kind: 'person' | 'term' | 'event', id: string): Promise<ChapterPlace[]> {
  bodies ??= getCollection('chapters').then((all) => new Map(all.map((c) => [c.id, c.body ?? ''])));
  const body = await bodies;
  const pages = doc.chapters.map((chapter) => ({ chapter, mentions: chapter.mentions, body: body.get(chapter.id) ?? '' }));
  return mentionPlaces(kind, id, pages).map(({ page, section }) => ({ chapter: page.chapter, section, anchor: mentionAnchor(kind, id) }));
}
