import { describe, expect, it } from 'vitest';
import { event } from './model.fixture';
import { toEpochMs } from './instant';
import { findMentions } from '../markdown/mentions';
import { chaptersByPerson, eventsByPerson, peopleInGroups, roleAt } from './people-index';

describe('eventsByPerson', () => {
  it('indexes people listed in frontmatter and named in the prose, in time order', () => {
    const events = [
      event({ id: 'late', seq: 2, epochMs: toEpochMs('2023-11-18T12:00:00-08:00'), people: ['a'] }),
      event({ id: 'early', seq: 1, people: ['b'], mentions: findMentions('<Person id="a">A</Person>') }),
    ];
    const index = eventsByPerson(events);
    expect(index.get('a')?.map((e) => e.id)).toEqual(['early', 'late']);
    expect(index.get('b')?.map((e) => e.id)).toEqual(['early']);
  });
});

describe('chaptersByPerson', () => {
  it('indexes the chapters whose prose names a person, once each, in reading order', () => {
    const chapter = (id: string, order: number, body: string) => ({
      id,
      file: id,
      title: id,
      label: id,
      order,
      summary: '',
      mentions: findMentions(body),
    });
    const index = chaptersByPerson([
      chapter('impact', 3, '<Person id="a">x</Person>'),
      chapter('process', 1, '<Person id="a">x</Person><Person id="a">y</Person>'),
    ]);
    expect(index.get('a')?.map((c) => c.id)).toEqual(['process', 'impact']);
  });
});

describe('roleAt', () => {
  const murati = {
    roles: [
      { title: '技術長', untilMs: toEpochMs('2023-11-17T12:00:00-08:00') },
      { title: '臨時執行長', fromMs: toEpochMs('2023-11-17T12:00:00-08:00'), untilMs: toEpochMs('2023-11-19T22:00:00-08:00') },
      { title: '技術長', fromMs: toEpochMs('2023-11-19T22:00:00-08:00') },
    ],
  };
  it('gives the role held at the moment', () => {
    expect(roleAt(murati, toEpochMs('2023-11-16T20:00:00-08:00')).title).toBe('技術長');
    expect(roleAt(murati, toEpochMs('2023-11-17T12:00:00-08:00')).title).toBe('臨時執行長');
    expect(roleAt(murati, toEpochMs('2023-11-21T12:00:00-08:00')).title).toBe('技術長');
  });
});

describe('peopleInGroups', () => {
  it("lists people in the content's groups and order, most involved first, the ungrouped last", () => {
    const people = [
      { id: 'nadella', group: 'investors' },
      { id: 'toner', group: 'board' },
      { id: 'jobs' },
      { id: 'sutskever', group: 'board' },
    ];
    const involvement = (p: { id: string }) => ({ sutskever: 9, toner: 3 })[p.id] ?? 1;
    const groups = [
      { id: 'board', label: '董事會' },
      { id: 'staff', label: '員工' },
      { id: 'investors', label: '投資方' },
    ];
    expect(peopleInGroups(people, groups, involvement, '其他').map((g) => [g.label, g.people.map((p) => p.id)])).toEqual([
      ['董事會', ['sutskever', 'toner']],
      ['投資方', ['nadella']],
      ['其他', ['jobs']],
    ]);
  });
});
