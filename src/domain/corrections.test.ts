import { describe, expect, it } from 'vitest';
import { formatProblem } from './checks';
import { checkCorrections, correctionsNewestFirst, correctionsOf, parsePageRef } from './corrections';
import type { DocCorrection } from './model';
import { documentary } from './model.fixture';

const correction = (id: string, over: Partial<DocCorrection> = {}): DocCorrection => ({
  id,
  file: `content/corrections/${id}.yaml`,
  date: '2026-12-05',
  pages: ['events/fired'],
  wrong: '錯',
  right: '對',
  sources: ['seed'],
  ...over,
});

describe('corrections', () => {
  it('reads a page reference as collection and id', () => {
    expect(parsePageRef('profiles/mira-murati')).toEqual({ collection: 'profiles', id: 'mira-murati' });
  });

  it('lists the log newest first, and a page’s own corrections only', () => {
    const log = [
      correction('a', { date: '2026-12-01' }),
      correction('b', { date: '2026-12-06', pages: ['chapters/process'] }),
      correction('c'),
    ];
    expect(correctionsNewestFirst(log).map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(correctionsOf(log, 'events', 'fired').map((c) => c.id)).toEqual(['c', 'a']);
    expect(correctionsOf(log, 'chapters', 'process').map((c) => c.id)).toEqual(['b']);
    expect(correctionsOf(log, 'profiles', 'fired')).toEqual([]);
  });

  it('accepts pages and sources that exist', () => {
    const doc = documentary({
      corrections: [correction('ok', { pages: ['events/fired', 'chapters/process', 'profiles/sam-altman', 'sources/seed'] })],
    });
    expect(checkCorrections(doc)).toEqual([]);
  });

  it('names a page or source that does not exist, with what the author probably meant', () => {
    const doc = documentary({ corrections: [correction('typo', { pages: ['events/fird', 'profiles/sam'], sources: ['sed'] })] });
    expect(checkCorrections(doc).map(formatProblem)).toEqual([
      'content/corrections/typo.yaml pages[0]: "events/fird" is not a page: no event has the id "fird" (did you mean "events/fired"?)',
      'content/corrections/typo.yaml pages[1]: "profiles/sam" is not a page: no profile has the id "sam" (did you mean "profiles/sam-altman"?)',
      'content/corrections/typo.yaml sources[0]: "sed" is not a source id (did you mean "seed"?)',
    ]);
  });

  it('says when a page is listed twice', () => {
    const doc = documentary({ corrections: [correction('twice', { pages: ['events/fired', 'events/fired'] })] });
    expect(checkCorrections(doc).map(formatProblem)).toEqual([
      'content/corrections/twice.yaml pages[1]: "events/fired" is listed twice; remove one',
    ]);
  });
});
