import { describe, expect, it } from 'vitest';
import { event } from './model.fixture';
import { toEpochMs } from './instant';
import { eventsByDay, eventsIndexPages, indexPageOf } from './events-index';

const pacific = 'America/Los_Angeles';
const hour = 3_600_000;
const start = toEpochMs('2023-11-17T00:30:00-08:00');

/** n events an hour apart from the start, every fourth an aside. */
const hourly = (n: number) =>
  Array.from({ length: n }, (_, i) => event({ id: `e${i}`, seq: i + 1, kind: i % 4 === 3 ? 'aside' : 'main', epochMs: start + i * hour }));

describe('eventsByDay', () => {
  it('groups events by their calendar day in the zone, in time order, main before aside at equal times', () => {
    const same = toEpochMs('2023-11-17T12:00:00-08:00');
    const days = eventsByDay(
      [
        event({ id: 'late', seq: 3, epochMs: toEpochMs('2023-11-18T23:00:00-08:00') }),
        event({ id: 'aside', kind: 'aside', seq: 1, epochMs: same }),
        event({ id: 'main', seq: 2, epochMs: same }),
      ],
      pacific,
    );
    expect(days.map((d) => [d.day, d.events.map((e) => e.id)])).toEqual([
      ['2023-11-17', ['main', 'aside']],
      ['2023-11-18', ['late']],
    ]);
  });
  it('puts a moment on the day it falls on in the zone asked for', () => {
    const evening = [event({ id: 'evening', epochMs: toEpochMs('2023-11-17T20:00:00-08:00') })];
    expect(eventsByDay(evening, pacific)[0].day).toBe('2023-11-17');
    expect(eventsByDay(evening, 'Asia/Shanghai')[0].day).toBe('2023-11-18');
  });
});

describe('eventsIndexPages', () => {
  it('keeps a small documentary on one page', () => {
    const pages = eventsIndexPages(hourly(37), pacific);
    expect(pages).toHaveLength(1);
    expect(pages[0].days.flatMap((d) => d.events)).toHaveLength(37);
  });
  it('bounds every page of a large documentary and loses no event, in order', () => {
    const events = hourly(5000);
    const pages = eventsIndexPages(events, pacific, 200);
    for (const page of pages) expect(page.days.reduce((n, d) => n + d.events.length, 0)).toBeLessThanOrEqual(200);
    expect(pages.flatMap((p) => p.days.flatMap((d) => d.events.map((e) => e.id)))).toEqual(events.map((e) => e.id));
    expect(pages.map((p) => p.number)).toEqual(pages.map((_, i) => i + 1));
  });
  it('ends a page at a day boundary rather than split a day that fits on the next page', () => {
    // 24 events a day: pages of 30 hold one day each, never a day and a quarter.
    const pages = eventsIndexPages(hourly(24 * 4), pacific, 30);
    expect(pages).toHaveLength(4);
    for (const page of pages) {
      expect(page.days).toHaveLength(1);
      expect(page.days[0].continued).toBe(false);
    }
  });
  it('splits only a day longer than a page, and marks its later parts as continuing it', () => {
    const pages = eventsIndexPages(hourly(24), pacific, 10);
    expect(pages.map((p) => p.days.map((d) => [d.day, d.events.length, d.continued]))).toEqual([
      [['2023-11-17', 10, false]],
      [['2023-11-17', 10, true]],
      [['2023-11-17', 4, true]],
    ]);
  });
  it('gives an empty documentary one empty page, and refuses a page size below one', () => {
    expect(eventsIndexPages([], pacific)).toEqual([{ number: 1, days: [] }]);
    expect(() => eventsIndexPages([], pacific, 0)).toThrow(/perPage/);
  });
  it('finds the page that lists an event', () => {
    const pages = eventsIndexPages(hourly(24), pacific, 10);
    expect(indexPageOf(pages, 'e0')).toBe(1);
    expect(indexPageOf(pages, 'e15')).toBe(2);
    expect(indexPageOf(pages, 'e23')).toBe(3);
  });
});
