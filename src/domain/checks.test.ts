import { describe, expect, it } from 'vitest';
import { checkDocumentary, documentaryRules, formatProblem } from './checks';
import { documentary, event } from './model.fixture';
import { toEpochMs } from './instant';
import { findMentions } from '../markdown/mentions';

const messages = (doc = documentary()) => checkDocumentary(doc).map(formatProblem);

describe('checkDocumentary', () => {
  it('accepts a consistent documentary', () => {
    expect(messages()).toEqual([]);
  });

  it('names the file, the field and the closest id for an unknown person', () => {
    const doc = documentary();
    doc.events[0].people = ['sam-altman', 'ilya'];
    expect(messages(doc)).toEqual(['content/events/fired.mdx people[1]: "ilya" is not a profile id (did you mean "ilya-sutskever"?)']);
  });

  it('reports unknown sources, main events and office holders', () => {
    const doc = documentary();
    doc.events.push(
      event({ id: 'aside', kind: 'aside', seq: 1, main: 'fird', sources: ['sed'], succession: { office: 'CEO', holder: 'sam' } }),
    );
    expect(messages(doc)).toEqual([
      'content/events/aside.mdx sources[0]: "sed" is not a source id (did you mean "seed"?)',
      'content/events/aside.mdx main: "fird" is not an event id (did you mean "fired"?)',
      'content/events/aside.mdx succession.holder: "sam" is not a profile id (did you mean "sam-altman"?)',
      // The time's source is the event's first source, so the same typo shows there too.
      'content/events/aside.mdx timeBasis.source: "sed" is not a source id (did you mean "seed"?)',
    ]);
  });

  it('names the people group a profile gives that site.yaml does not define', () => {
    const doc = documentary();
    doc.site.peopleGroups = [{ id: 'board', label: '董事會' }];
    doc.profiles[0].group = 'boad';
    expect(messages(doc)).toEqual([
      'content/profiles/sam-altman.mdx group: "boad" is not a group in peopleGroups of content/site.yaml (did you mean "board"?)',
    ]);
  });

  it("asks site.yaml for the board chart's words once a profile has a board seat", () => {
    const doc = documentary();
    doc.profiles[0].board = { before: true, after: false, vote: 'against', chair: false };
    expect(messages(doc)).toEqual([
      "content/site.yaml words.board: is required: content/profiles/sam-altman.mdx has a board seat, and the board chart needs this story's words for it (before, after, for, against, vote)",
    ]);
    doc.site.words.board = { before: '前', after: '後', for: '贊成', against: '反對', vote: '{for}:{against}' };
    expect(messages(doc)).toEqual([]);
  });

  it('asks for the word of a seat that was not in the vote once a seat has vote: absent', () => {
    const doc = documentary();
    doc.site.words.board = { before: '前', after: '後', for: '贊成', against: '反對', vote: '{for}:{against}' };
    doc.profiles[0].board = { before: true, after: false, vote: 'absent', chair: false };
    expect(messages(doc)).toEqual([
      'content/site.yaml words.board.absent: is required: content/profiles/sam-altman.mdx has a seat that was not in the vote (vote: absent), and the board chart needs a word for it (未參與表決)',
    ]);
    doc.site.words.board.absent = '未參與表決';
    expect(messages(doc)).toEqual([]);
  });

  it("asks site.yaml for the tally chart's words once a tally has a total", () => {
    const doc = documentary();
    doc.events[0].tally = { series: '簽名', value: 3, total: 4, atLeast: false };
    expect(messages(doc)).toEqual([
      "content/site.yaml words.tally: is required: content/events/fired.mdx has a tally with a total, and the tally chart needs this story's words for it (whole, counted, notCounted, point)",
    ]);
  });

  it('refuses the same person twice on an event', () => {
    const doc = documentary();
    doc.events[0].people = ['sam-altman', 'sam-altman'];
    expect(messages(doc)).toEqual(['content/events/fired.mdx people[1]: "sam-altman" is listed twice; remove one']);
  });

  it('refuses a time whose offset contradicts its zone at that moment, or falls in a clock change', () => {
    const doc = documentary();
    doc.events[0].time = '2023-11-17T12:00:00-07:00';
    doc.events[0].epochMs = toEpochMs(doc.events[0].time);
    expect(messages(doc)).toEqual([
      'content/events/fired.mdx time: "2023-11-17T12:00:00-07:00" is written with offset -07:00, but America/Los_Angeles was at -08:00 at that moment (or the time falls in a clock change); correct the offset or the zone',
    ]);
    // 02:30 on 2023-03-12 did not exist in Los Angeles: clocks jumped from 02:00 to 03:00.
    doc.events[0].time = '2023-03-12T02:30:00-08:00';
    doc.events[0].epochMs = toEpochMs(doc.events[0].time);
    expect(messages(doc)).toEqual([expect.stringContaining('was at -07:00')]);
    doc.events[0].time = '2023-11-17T12:00:00-08:00';
    doc.events[0].epochMs = toEpochMs(doc.events[0].time);
    expect(messages(doc)).toEqual([]);
  });

  it('refuses a role that ends before it starts', () => {
    const doc = documentary();
    doc.profiles[0].roles = [{ title: 'CEO', fromMs: 2, untilMs: 1 }];
    expect(messages(doc)).toEqual([
      'content/profiles/sam-altman.mdx roles[0].until: is not after roles[0].from; a role must end after it starts',
    ]);
  });

  it('refuses a headline whose end is not after its start', () => {
    const doc = documentary();
    doc.site.headline = { ...doc.site.headline, from: 'returns', to: 'fired' };
    expect(messages(doc)).toEqual([
      expect.stringMatching(/^content\/site.yaml headline: "fired" \(to\) is not after "returns" \(from\).*negative hours/),
    ]);
  });

  it('refuses an aside attached to another aside', () => {
    const doc = documentary();
    doc.events.push(event({ id: 'a1', kind: 'aside', seq: 1, main: 'fired' }), event({ id: 'a2', kind: 'aside', seq: 2, main: 'a1' }));
    expect(messages(doc)).toEqual(['content/events/a2.mdx main: "a1" is an aside, not a main event']);
  });

  it('refuses duplicate sequence numbers within a kind', () => {
    const doc = documentary();
    doc.events[1].seq = 1;
    expect(messages(doc)).toEqual([
      'content/events/returns.mdx seq: 1 is already used by content/events/fired.mdx (main events need unique sequence numbers)',
    ]);
  });

  it('refuses a main line whose times go backwards', () => {
    const doc = documentary();
    doc.events[1].epochMs = toEpochMs('2023-11-16T12:00:00-08:00');
    expect(messages(doc)[0]).toMatch(/^content\/events\/returns\.mdx time: is earlier than main event 1/);
  });

  it('reports a misspelled id inside an MDX body with its line', () => {
    const doc = documentary();
    doc.chapters[0].mentions = findMentions('第一行\n<Person id="sam-altmann">阿爾特曼</Person> 與 <Cite id="seed" />');
    expect(messages(doc)).toEqual([
      'content/chapters/process.mdx:2 <Person id>: "sam-altmann" is not a profile id (did you mean "sam-altman"?)',
    ]);
  });

  it('reports a misspelled event in a chapter picture with its attribute and line', () => {
    const doc = documentary();
    doc.chapters[0].mentions = findMentions('第一行\n\n<Timeline from="fired" to="retuns" />');
    expect(messages(doc)).toEqual(['content/chapters/process.mdx:3 <Timeline to>: "retuns" is not an event id (did you mean "returns"?)']);
  });

  it('reports headline events that do not exist', () => {
    const doc = documentary();
    doc.site.headline.to = 'return';
    expect(messages(doc)).toEqual(['content/site.yaml headline.to: "return" is not an event id (did you mean "returns"?)']);
  });

  it('reports a duplicate chapter order and a documentary without chapters', () => {
    const doc = documentary();
    doc.chapters.push({ ...doc.chapters[0], id: 'causes', file: 'content/chapters/causes.mdx' });
    expect(messages(doc)).toEqual(['content/chapters/causes.mdx order: 1 is already used by content/chapters/process.mdx']);
    expect(messages(documentary({ chapters: [] }))).toEqual(['content/site.yaml chapters: the documentary has no chapter']);
  });

  it('is a list of named rules, each of which runs alone', () => {
    const names = documentaryRules.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    const doc = documentary();
    doc.events[0].people = ['sam-altman', 'ilya'];
    doc.site.headline = { ...doc.site.headline, to: 'return' };
    const rule = documentaryRules.find((r) => r.name.startsWith("an event's people"))!;
    expect(checkDocumentary(doc, [rule]).map(formatProblem)).toEqual([
      'content/events/fired.mdx people[1]: "ilya" is not a profile id (did you mean "ilya-sutskever"?)',
    ]);
  });
});
