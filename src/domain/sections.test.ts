import { describe, expect, it } from 'vitest';
import { documentary, event } from './model.fixture';
import type { DocCorrection, DocTerm } from './model';
import { hasAsides, menuSectionsOf, sectionsOf } from './sections';

const term: DocTerm = {
  id: 'board',
  file: 'content/glossary/board.mdx',
  mentions: [],
  term: '董事會',
  definition: 'd',
  aliases: [],
  links: [],
};

describe('sectionsOf', () => {
  it('leaves out a section the content does not fill: no terms, no glossary', () => {
    expect(sectionsOf(documentary())).toEqual(['timeline', 'events', 'people', 'sources']);
  });

  it('lists every filled section in menu order', () => {
    expect(sectionsOf(documentary({ terms: [term] }))).toEqual(['timeline', 'events', 'people', 'glossary', 'sources']);
  });

  it('has a corrections log only with corrections, linked from the footer rather than the menu', () => {
    const correction: DocCorrection = {
      id: 'c',
      file: 'content/corrections/c.yaml',
      date: '2026-12-05',
      pages: [],
      wrong: 'w',
      right: 'r',
      sources: ['seed'],
    };
    const corrected = documentary({ corrections: [correction] });
    expect(sectionsOf(corrected)).toContain('corrections');
    expect(menuSectionsOf(corrected)).toEqual(['timeline', 'events', 'people', 'sources']);
  });

  it('has no people section without profiles', () => {
    expect(sectionsOf(documentary({ profiles: [] }))).not.toContain('people');
  });
});

describe('hasAsides', () => {
  it('is true only when some event is an aside', () => {
    expect(hasAsides(documentary())).toBe(false);
    expect(hasAsides(documentary({ events: [event({ id: 'x', kind: 'aside', main: 'fired' })] }))).toBe(true);
  });
});
