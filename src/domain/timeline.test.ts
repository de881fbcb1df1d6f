import { describe, expect, it } from 'vitest';
import { event } from './model.fixture';
import { toEpochMs } from './instant';
import type { DocEvent } from './model';
import { asidesOf, chronological, isFirmTime, mainLine, neighbours, offices, tenures, termHours } from './timeline';

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
      ['murati', { hours: 58, about: false }],
      ['shear', { hours: 48.1, about: false }],
      ['altman', undefined],
    ]);
  });
  it('gives a term to the hour, marked about, when a handover that bounds it is known only roughly', () => {
    const handover = (id: string, seq: number, at: string, holder: string, rough: Partial<DocEvent> = {}) =>
      event({ id, seq, epochMs: t(at), succession: { office: 'CEO', holder }, ...rough });
    const events = [
      {
        ...handover('fired', 1, '2023-11-17T12:00:00-08:00', 'murati'),
        succession: { office: 'CEO', holder: 'murati', previous: 'altman' },
      },
      handover('murati-out', 2, '2023-11-19T22:00:00-08:00', 'shear', {
        precision: 'part-of-day',
        timeBasis: { source: 'bi', stated: 'on Sunday night', how: 'estimated' },
      }),
      handover('back', 3, '2023-11-21T22:03:00-08:00', 'altman'),
      handover('again', 4, '2023-11-22T10:30:00-08:00', 'brockman', {
        timeBasis: { source: 'x', stated: 'about 10:30', how: 'approximate' },
      }),
    ];
    expect(tenures('CEO', events).map(termHours)).toEqual([
      undefined,
      { hours: 58, about: true },
      { hours: 48, about: true },
      { hours: 12, about: true },
      undefined,
    ]);
  });
  it('keeps a term to a tenth of an hour between two times stated, or converted, to the minute', () => {
    const events = [
      event({ id: 'a', seq: 1, epochMs: t('2023-11-17T12:00:00-08:00'), succession: { office: 'CEO', holder: 'b', previous: 'a' } }),
      event({
        id: 'b',
        seq: 2,
        epochMs: t('2023-11-17T14:33:00-08:00'),
        succession: { office: 'CEO', holder: 'a' },
        timeBasis: { source: 's', stated: '5:33 p.m. ET', how: 'converted' },
      }),
    ];
    expect(termHours(tenures('CEO', events)[1])).toEqual({ hours: 2.6, about: false });
    expect(isFirmTime({ precision: 'hour', timeBasis: { source: 's', stated: '2 p.m.', how: 'stated' } })).toBe(false);
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
      { holder: 'altman', fromMs: undefined, untilMs: t('2023-11-17T12:00:00-08:00'), untilEvent: 'fired' },
      {
        holder: 'murati',
        fromMs: t('2023-11-17T12:00:00-08:00'),
        untilMs: t('2023-11-21T22:03:00-08:00'),
        fromEvent: 'fired',
        untilEvent: 'back',
      },
      { holder: 'altman', fromMs: t('2023-11-21T22:03:00-08:00'), fromEvent: 'back' },
    ]);
  });
});
