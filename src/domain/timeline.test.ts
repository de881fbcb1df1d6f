import { describe, expect, it } from 'vitest';
import { event } from './model.fixture';
import { toEpochMs } from './instant';
import { asidesOf, chronological, mainLine, neighbours, offices, tenures, termHours } from './timeline';

const t = toEpochMs;

describe('chronological', () => {
  it('orders by time, and at equal times puts the main event before its aside, then by sequence', () => {
    const events = [
      event({ id: 'aside-2', kind: 'aside', seq: 2, main: 'm2', epochMs: t('2023-11-17T12:00:00-08:00') }),
      event({ id: 'm2', seq: 2, epochMs: t('2023-11-17T12:00:00-08:00') }),
      event({ id: 'm1', seq: 1, epochMs: t('2023-11-16T20:00:00-08:00'), precision: 'part-of-day' }),
      event({ id: 'aside-1', kind: 'aside', seq: 1, main: 'm2', epochMs: t('2023-11-17T12:00:00-08:00') }),
    ];
    expect(chronological(events).map((e) => e.id)).toEqual(['m1', 'm2', 'aside-1', 'aside-2']);
  });
  it('places a part-of-day event by its representative hour, before a later minute-precise one the same day', () => {
    const events = [
      event({ id: 'noon', seq: 2, epochMs: t('2023-11-17T12:00:00-08:00') }),
      event({ id: 'morning', seq: 1, epochMs: t('2023-11-17T09:00:00-08:00'), precision: 'part-of-day' }),
    ];
    expect(chronological(events).map((e) => e.id)).toEqual(['morning', 'noon']);
  });
});

describe('main line, asides and neighbours', () => {
  const events = [
    event({ id: 'm1', seq: 1 }),
    event({ id: 'a1', kind: 'aside', seq: 1, main: 'm1', epochMs: t('2023-11-17T13:00:00-08:00') }),
    event({ id: 'm2', seq: 2, epochMs: t('2023-11-17T14:00:00-08:00') }),
  ];
  it('lists the main line and an event’s asides', () => {
    expect(mainLine(events).map((e) => e.id)).toEqual(['m1', 'm2']);
    expect(asidesOf('m1', events).map((e) => e.id)).toEqual(['a1']);
  });
  it('finds previous and next in time', () => {
    expect(neighbours('a1', events)).toMatchObject({ previous: { id: 'm1' }, next: { id: 'm2' } });
    expect(neighbours('m1', events).previous).toBeUndefined();
  });
});

describe('tenures', () => {
  it('derives who held the office, and for how long, from the handovers', () => {
    const events = [
      event({
        id: 'fired',
        seq: 1,
        epochMs: t('2023-11-17T12:00:00-08:00'),
        succession: { office: 'CEO', holder: 'murati', previous: 'altman' },
      }),
      event({ id: 'shear', seq: 2, epochMs: t('2023-11-19T22:00:00-08:00'), succession: { office: 'CEO', holder: 'shear' } }),
      event({ id: 'back', seq: 3, epochMs: t('2023-11-21T22:03:00-08:00'), succession: { office: 'CEO', holder: 'altman' } }),
    ];
    const result = tenures('CEO', events);
    expect(offices(events)).toEqual(['CEO']);
    expect(result.map((r) => [r.holder, termHours(r)])).toEqual([
      ['altman', undefined],
      ['murati', 58],
      ['shear', 48.1],
      ['altman', undefined],
    ]);
  });
  it('keeps the real ends of terms: the first began before the story, the last goes on after it', () => {
    const events = [
      event({
        id: 'fired',
        seq: 1,
        epochMs: t('2023-11-17T12:00:00-08:00'),
        succession: { office: 'CEO', holder: 'murati', previous: 'altman' },
      }),
      event({ id: 'back', seq: 2, epochMs: t('2023-11-21T22:03:00-08:00'), succession: { office: 'CEO', holder: 'altman' } }),
    ];
    expect(tenures('CEO', events)).toEqual([
      { holder: 'altman', fromMs: undefined, untilMs: t('2023-11-17T12:00:00-08:00') },
      { holder: 'murati', fromMs: t('2023-11-17T12:00:00-08:00'), untilMs: t('2023-11-21T22:03:00-08:00') },
      { holder: 'altman', fromMs: t('2023-11-21T22:03:00-08:00') },
    ]);
  });
});
