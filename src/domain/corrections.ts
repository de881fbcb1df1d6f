// The public corrections log: which pages an entry touched, the log newest first, and the references an
// entry makes (pages, sources) checked against the documentary.
import type { ContentProblem } from './problem';
import { suggestId, unknownId } from './known-ids';
import type { DocCorrection, Documentary } from './model';

/** The collections a correction can name a page of, as `collection/id`. */
export type CorrectedCollection = 'chapters' | 'events' | 'profiles' | 'glossary' | 'sources';

/** `events/altman-fired` → { collection: 'events', id: 'altman-fired' }. */
export function parsePageRef(ref: string): { collection: CorrectedCollection; id: string } {
  const slash = ref.indexOf('/');
  return { collection: ref.slice(0, slash) as CorrectedCollection, id: ref.slice(slash + 1) };
}

/** The log as the corrections page shows it: newest first, then by id so the order never shifts between builds. */
export function correctionsNewestFirst(corrections: readonly DocCorrection[]): DocCorrection[] {
  return [...corrections].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The corrections that changed one page (an entry of a collection), newest first. */
export function correctionsOf(corrections: readonly DocCorrection[], collection: CorrectedCollection, id: string): DocCorrection[] {
  return correctionsNewestFirst(corrections.filter((c) => c.pages.includes(`${collection}/${id}`)));
}

const KIND: Record<CorrectedCollection, string> = {
  chapters: 'chapter',
  events: 'event',
  profiles: 'profile',
  glossary: 'glossary term',
  sources: 'source',
};

/** Every page and source a correction names must exist, so each notice and link has somewhere to go. */
export function checkCorrections(
  doc: Pick<Documentary, 'corrections' | 'chapters' | 'events' | 'profiles' | 'terms' | 'sources'>,
): ContentProblem[] {
  const ids: Record<CorrectedCollection, string[]> = {
    chapters: doc.chapters.map((c) => c.id),
    events: doc.events.map((e) => e.id),
    profiles: doc.profiles.map((p) => p.id),
    glossary: doc.terms.map((t) => t.id),
    sources: doc.sources.map((s) => s.id),
  };
  const problems: ContentProblem[] = [];
  for (const correction of doc.corrections) {
    correction.pages.forEach((ref, i) => {
      const { collection, id } = parsePageRef(ref);
      if (!ids[collection].includes(id)) {
        const suggestion = suggestId(id, ids[collection]);
        problems.push({
          file: correction.file,
          field: `pages[${i}]`,
          message: `"${ref}" is not a page: no ${KIND[collection]} has the id "${id}"${suggestion ? ` (did you mean "${collection}/${suggestion}"?)` : ''}`,
        });
      } else if (correction.pages.indexOf(ref) < i) {
        problems.push({ file: correction.file, field: `pages[${i}]`, message: `"${ref}" is listed twice; remove one` });
      }
    });
    correction.sources.forEach((id, i) => {
      if (!ids.sources.includes(id))
        problems.push({ file: correction.file, field: `sources[${i}]`, message: unknownId(id, 'source', ids.sources) });
    });
  }
  return problems;
}
