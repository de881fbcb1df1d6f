// The rule that a time is evidence: each event names the source that states its time, and a time is no
// more precise than its source's words. Called from checkDocumentary; unit-tested beside it.
import type { ContentProblem } from './problem';
import { unknownId } from './known-ids';
import type { DocEvent, DocSource } from './model';

/** Ways of reading a time that cannot give a minute: a worked-out or placed time is not a stated minute. */
const NOT_TO_THE_MINUTE = new Set(['inferred', 'estimated']);

/** Problems with the events' `timeBasis`: an unknown source, one the event does not cite, a minute no source states. */
export function checkTimeBasis(
  events: readonly Pick<DocEvent, 'file' | 'precision' | 'sources' | 'timeBasis'>[],
  sourceIds: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const event of events) {
    const { source, how } = event.timeBasis;
    if (!sourceIds.includes(source)) {
      problems.push({ file: event.file, field: 'timeBasis.source', message: unknownId(source, 'source', sourceIds) });
    } else if (!event.sources.includes(source)) {
      problems.push({
        file: event.file,
        field: 'timeBasis.source',
        message: `"${source}" is not among the event's sources (${event.sources.join(', ')}); add it there, or name one of them`,
      });
    }
    if (event.precision === 'minute' && NOT_TO_THE_MINUTE.has(how)) {
      problems.push({
        file: event.file,
        field: 'timeBasis.how',
        message: `is "${how}", but the event has precision: minute; a minute-precision time needs a source that states the minute (make the precision coarser, or name a source that states it)`,
      });
    }
  }
  return problems;
}

/** Who states a time, as the reader knows them: a post's author ("Greg Brockman（@gdb）"), else the publisher. */
export function timeSourceName(source: Pick<DocSource, 'kind' | 'author' | 'publisher'>): string {
  return source.kind === 'post' && source.author ? source.author : source.publisher;
}

/**
 * A source's words about a time, as the line quotes them: in corner brackets, the house style for any
 * quotation in Traditional prose (the Simplified edition turns them into “ ”); words without a Chinese
 * character are English, set in a Latin face.
 */
export function quotedWords(stated: string): { text: string; lang: 'en' | undefined } {
  return { text: stated, lang: /\p{Script=Han}/u.test(stated) ? undefined : 'en' };
}
