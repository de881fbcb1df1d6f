import { describe, expect, it } from 'vitest';
import { formatProblem } from './checks';
import { event } from './model.fixture';
import { checkTimeBasis, quotedWords, timeSourceName } from './time-basis';

const sources = ['seed', 'x-brockman-account', 'business-insider'];
const messages = (...events: Parameters<typeof event>[0][]) => checkTimeBasis(events.map(event), sources).map(formatProblem);

describe('checkTimeBasis', () => {
  it('accepts a time whose source is cited and states it', () => {
    expect(
      messages({
        id: 'fired',
        sources: ['seed', 'x-brockman-account'],
        timeBasis: { source: 'x-brockman-account', stated: '12:23pm', how: 'stated' },
      }),
    ).toEqual([]);
  });

  it('names an unknown source, with the id the author probably meant', () => {
    expect(messages({ id: 'fired', sources: ['seed'], timeBasis: { source: 'x-brockman', stated: '12:23pm', how: 'stated' } })).toEqual([
      'content/events/fired.mdx timeBasis.source: "x-brockman" is not a source id (did you mean "x-brockman-account"?)',
    ]);
  });

  it('asks for the source among the event’s own sources', () => {
    expect(
      messages({
        id: 'fired',
        sources: ['seed'],
        timeBasis: { source: 'business-insider', stated: 'a little after 12:30', how: 'approximate' },
      }),
    ).toEqual([
      'content/events/fired.mdx timeBasis.source: "business-insider" is not among the event\'s sources (seed); add it there, or name one of them',
    ]);
  });

  it('refuses a minute no source states: an inferred or estimated time is not to the minute', () => {
    for (const how of ['inferred', 'estimated'] as const) {
      expect(messages({ id: 'fired', precision: 'minute', timeBasis: { source: 'seed', stated: '下午', how } })).toEqual([
        `content/events/fired.mdx timeBasis.how: is "${how}", but the event has precision: minute; a minute-precision time needs a source that states the minute (make the precision coarser, or name a source that states it)`,
      ]);
    }
  });

  it('lets a stated, converted or approximate minute stand, and any reading of a coarser time', () => {
    for (const how of ['stated', 'converted', 'approximate'] as const) {
      expect(messages({ id: 'fired', precision: 'minute', timeBasis: { source: 'seed', stated: '3 p.m. ET', how } })).toEqual([]);
    }
    for (const precision of ['hour', 'part-of-day', 'day'] as const) {
      expect(messages({ id: 'fired', precision, timeBasis: { source: 'seed', stated: 'late Sunday', how: 'estimated' } })).toEqual([]);
    }
  });
});

describe('how the page names and quotes the source of a time', () => {
  it('names a post by its author and an article by its publisher', () => {
    expect(timeSourceName({ kind: 'post', author: 'Greg Brockman（@gdb）', publisher: 'X' })).toBe('Greg Brockman（@gdb）');
    expect(timeSourceName({ kind: 'article', author: 'Someone', publisher: 'Business Insider' })).toBe('Business Insider');
  });
  it('quotes Chinese words in 「」 and marks English ones as English', () => {
    expect(quotedWords('下午3點')).toEqual({ text: '下午3點', lang: undefined });
    expect(quotedWords('a little after 12:30 p.m. Pacific')).toEqual({ text: 'a little after 12:30 p.m. Pacific', lang: 'en' });
  });
});
