import { describe, expect, it } from 'vitest';
import { eventSchema } from './content-schemas';
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
    });
    const event: DocEvent = { ...data, id: 'altman-fired', file: 'content/events/altman-fired.mdx', mentions: [], epochMs: 0 };
    expect(event).toMatchObject({ claim: 'fact', aliases: [], people: [], time: '2023-11-17T12:00:00-08:00' });
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
});
