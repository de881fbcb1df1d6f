import { describe, expect, it } from 'vitest';
import { correctionSchema, eventSchema } from './content-schemas';
import type { DocEvent } from './domain/model';

// The schemas load in plain TypeScript (no astro:content), and what they read is what the domain model holds.
describe('content schemas', () => {
  it('read an event frontmatter into the fields the domain model holds', () => {
    const data = eventSchema.parse({
      title: '董事會解僱阿爾特曼',
      kind: 'main',
      seq: 1,
      time: '2023-11-17T12:00:00-08:00',
      precision: 'minute',
      zone: 'America/Los_Angeles',
      summary: '董事會宣布解僱。',
      sources: ['seed'],
      timeBasis: { source: 'seed', stated: '中午12點', how: 'converted' },
    });
    const event: DocEvent = { ...data, id: 'altman-fired', file: 'content/events/altman-fired.mdx', mentions: [], epochMs: 0 };
    expect(event).toMatchObject({
      claim: 'fact',
      aliases: [],
      people: [],
      time: '2023-11-17T12:00:00-08:00',
      timeBasis: { source: 'seed', stated: '中午12點', how: 'converted' },
    });
  });

  it('refuses a claim kind the model does not know', () => {
    const result = eventSchema.safeParse({
      title: 't',
      kind: 'main',
      seq: 1,
      time: '2023-11-17T12:00:00-08:00',
      precision: 'day',
      zone: 'UTC',
      summary: 's',
      sources: ['seed'],
      claim: 'gossip',
    });
    expect(result.success).toBe(false);
  });

  it('requires every event to say where its time comes from, in a reading it knows', () => {
    const event = {
      title: 't',
      kind: 'main',
      seq: 1,
      time: '2023-11-17T12:00:00-08:00',
      precision: 'day',
      zone: 'UTC',
      summary: 's',
      sources: ['seed'],
    };
    const paths = (input: object) => eventSchema.safeParse(input).error?.issues.map((i) => i.path.join('.'));
    expect(paths(event)).toEqual(['timeBasis']);
    expect(paths({ ...event, timeBasis: { source: 'seed', stated: '11月17日', how: 'guessed' } })).toEqual(['timeBasis.how']);
    expect(paths({ ...event, timeBasis: { source: 'seed', how: 'stated' } })).toEqual(['timeBasis.stated']);
    expect(paths({ ...event, timeBasis: { source: 'seed', stated: '11月17日', how: 'estimated', note: '只知道日期。' } })).toBeUndefined();
  });

  it('reads a correction, whether YAML took its date as text or as a date', () => {
    const correction = { pages: ['events/altman-fired', 'sources/seed'], wrong: '錯', right: '對', sources: ['seed'] };
    expect(correctionSchema.parse({ ...correction, date: '2026-12-05' }).date).toBe('2026-12-05');
    expect(correctionSchema.parse({ ...correction, date: new Date('2026-12-05') }).date).toBe('2026-12-05');
  });

  it('refuses a correction page that is not collection/id', () => {
    const correction = { date: '2026-12-05', wrong: '錯', right: '對', sources: ['seed'] };
    for (const page of ['altman-fired', 'people/sam-altman', 'events/Altman'])
      expect(correctionSchema.safeParse({ ...correction, pages: [page] }).success, page).toBe(false);
    expect(correctionSchema.safeParse({ ...correction, pages: [] }).success).toBe(false);
  });
});
