import { describe, expect, it } from 'vitest';
import { toEpochMs } from './instant';
import { axisTicks, dayBoundaries, hourTicks, timeScale } from './time-axis';
import { clockTime } from './time-format';

const firing = toEpochMs('2023-11-17T12:00:00-08:00');
const returned = toEpochMs('2023-11-21T22:03:00-08:00');

describe('timeScale', () => {
  it('maps the span, padded to whole hours, onto the width', () => {
    const scale = timeScale([firing, returned], 1000, 2);
    expect(scale.startMs).toBe(toEpochMs('2023-11-17T10:00:00-08:00'));
    expect(scale.endMs).toBe(toEpochMs('2023-11-22T01:00:00-08:00'));
    expect(scale.x(scale.startMs)).toBe(0);
    expect(scale.x(scale.endMs)).toBe(1000);
    expect(scale.x(firing)).toBeCloseTo((2 / 111) * 1000, 5);
  });
});

describe('dayBoundaries', () => {
  const scale = timeScale([firing, returned], 1000, 2);
  it('finds each midnight of the zone', () => {
    expect(dayBoundaries(scale, 'America/Los_Angeles').map((b) => b.day)).toEqual([
      '2023-11-18',
      '2023-11-19',
      '2023-11-20',
      '2023-11-21',
      '2023-11-22',
    ]);
    expect(dayBoundaries(scale, 'America/Los_Angeles')[0].epochMs).toBe(toEpochMs('2023-11-18T00:00:00-08:00'));
  });
  it('finds the other zone’s midnights where they fall (the scale opens at 02:00 on the 18th in Beijing)', () => {
    expect(dayBoundaries(scale, 'Asia/Shanghai')[0]).toEqual({ epochMs: toEpochMs('2023-11-19T00:00:00+08:00'), day: '2023-11-19' });
  });
});

describe('hourTicks', () => {
  it('ticks on the zone’s wall clock', () => {
    const scale = timeScale([firing, toEpochMs('2023-11-17T20:00:00-08:00')], 100, 0);
    expect(hourTicks(scale, 'America/Los_Angeles', 6)).toEqual([
      toEpochMs('2023-11-17T12:00:00-08:00'),
      toEpochMs('2023-11-17T18:00:00-08:00'),
    ]);
    expect(hourTicks(scale, 'Asia/Kolkata', 6)).toEqual([toEpochMs('2023-11-18T06:00:00+05:30')]);
  });
});

describe('axisTicks: the step follows the span, the count stays bounded', () => {
  const span = (from: string, to: string) => ({ startMs: toEpochMs(from), endMs: toEpochMs(to) });
  const cases = [
    { what: 'five days in hours', span: span('2023-11-17T10:00:00-08:00', '2023-11-22T01:00:00-08:00'), unit: 'hour' },
    { what: 'two months in days', span: span('2024-01-01T00:00:00+00:00', '2024-03-01T00:00:00+00:00'), unit: 'day' },
    { what: 'two years in months', span: span('2022-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00'), unit: 'month' },
    { what: 'ten years in years', span: span('2014-01-01T00:00:00+00:00', '2024-01-01T00:00:00+00:00'), unit: 'year' },
    { what: 'a 1900 typo in a 2023 story, in decades', span: span('1900-04-11T00:00:00+00:00', '2023-11-22T00:00:00+00:00'), unit: 'year' },
  ] as const;
  it.each(cases)('$what', ({ span, unit }) => {
    const { step, ticks } = axisTicks(span, 'America/Los_Angeles', 12);
    expect(step.unit).toBe(unit);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(12);
    expect(ticks.every((t) => t >= span.startMs && t <= span.endMs)).toBe(true);
  });

  it('puts hour ticks on the wall clock of the zone, across a DST change', () => {
    const { ticks } = axisTicks(span('2023-11-04T00:00:00-07:00', '2023-11-06T00:00:00-08:00'), 'America/Los_Angeles', 10, {
      unit: 'hour',
      count: 6,
    });
    expect(ticks.map((t) => clockTime(t, 'America/Los_Angeles'))).toEqual([
      '00:00',
      '06:00',
      '12:00',
      '18:00',
      '00:00',
      '06:00',
      '12:00',
      '18:00',
      '00:00',
    ]);
  });

  it('puts year ticks on 1 January in the zone', () => {
    const { ticks } = axisTicks(span('2014-03-01T00:00:00+00:00', '2019-06-01T00:00:00+00:00'), 'Asia/Tokyo', 12, {
      unit: 'year',
      count: 1,
    });
    expect(ticks).toEqual([2015, 2016, 2017, 2018, 2019].map((y) => toEpochMs(`${y}-01-01T00:00:00+09:00`)));
  });

  it('costs the same for a century as for a week (no walk through the span)', () => {
    const started = performance.now();
    const { ticks } = axisTicks(span('1900-01-01T00:00:00+00:00', '2023-01-01T00:00:00+00:00'), 'UTC', 12);
    expect(ticks.length).toBeLessThanOrEqual(12);
    expect(dayBoundaries(span('1900-01-01T00:00:00+00:00', '2023-01-01T00:00:00+00:00'), 'UTC')).toEqual([]);
    expect(hourTicks(span('1900-01-01T00:00:00+00:00', '2023-01-01T00:00:00+00:00'), 'UTC', 6)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
