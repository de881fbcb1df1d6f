import { describe, expect, it } from 'vitest';
import { event } from './model.fixture';
import { toEpochMs } from './instant';
import { farOutEvents } from './time-outliers';

const at = (id: string, time: string) => event({ id, epochMs: toEpochMs(time) });
const story = [
  at('fired', '2023-11-17T12:00:00-08:00'),
  at('shear', '2023-11-19T22:00:00-08:00'),
  at('returns', '2023-11-21T22:03:00-08:00'),
];

describe('farOutEvents', () => {
  it('accepts a story of days', () => {
    expect(farOutEvents(story)).toEqual([]);
  });
  it('refuses a year mistyped by decades, naming file, field, date and distance', () => {
    const typo = at('typo', '1900-04-11T12:00:00-08:00');
    expect(farOutEvents([...story, typo])).toEqual([
      {
        file: 'content/events/typo.mdx',
        field: 'time',
        message: expect.stringMatching(
          /^1900-04-11 is 124 years before the next event \(content\/events\/fired\.mdx, 2023-11-17\) — a typo\?$/,
        ),
      },
    ]);
  });
  it('refuses a year mistyped one ahead at the end', () => {
    const typo = at('typo', '2024-11-21T22:03:00-08:00');
    expect(farOutEvents([...story, typo])[0].message).toMatch(/^2024-11-21 is 12 months after the next event/);
  });
  it('accepts a decade told evenly, and a prologue a few years before a story of years', () => {
    const decade = Array.from({ length: 11 }, (_, i) => at(`y${i}`, `${2014 + i}-06-01T00:00:00+00:00`));
    expect(farOutEvents(decade)).toEqual([]);
    expect(farOutEvents([at('prologue', '2010-01-01T00:00:00+00:00'), ...decade])).toEqual([]);
  });
});
