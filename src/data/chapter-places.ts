// Where in the chapters a person, term or event is told, for the "appears in" lists of their pages.
import { mentionAnchor, mentionPlaces } from '@/domain/mention-places';
import type { DocChapter, Documentary } from '@/domain/model';

export interface ChapterPlace {
  chapter: DocChapter;
  section?: string;
  /** The id of the first mention in the chapter page. */
  anchor: string;
}

export function chapterPlaces(doc: Documentary, kind: 'person' | 'term' | 'event', id: string): ChapterPlace[] {
  return mentionPlaces(kind, id, doc.chapters).map(({ page, section }) => ({ chapter: page, section, anchor: mentionAnchor(kind, id) }));
}
