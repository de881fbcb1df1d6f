import { describe, expect, it } from 'vitest';
import { toEpochMs } from './instant';
import { dayBoundaries, hourTicks, timeScale } from './time-axis';

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
    expect(dayBoundaries(scale, 'America/Los_Angeles').map((b) => b.day)).toEqual(['2023-11-18', '2023-11-19', '2023-11-20', '2023-11-21', '2023-11-22']);
    expect(dayBoundaries(scale, 'America/Los_Angeles')[0].epochMs).toBe(toEpochMs('2023-11-18T00:00:00-08:00'));
  });
  it('finds the other zone’s midnights where they fall (the scale opens at 02:00 on the 18th in Beijing)', () => {
    expect(dayBoundaries(scale, 'Asia/Shanghai')[0]).toEqual({ epochMs: toEpochMs('2023-11-19T00:00:00+08:00'), day: '2023-11-19' });
  });
});

describe('hourTicks', () => {
  it('ticks on the zone’s wall clock', () => {
    const scale = timeScale([firing, toEpochMs('2023-11-17T20:00:00-08:00')], 100, 0);
    expect(hourTicks(scale, 'America/Los_Angeles', 6)).toEqual([toEpochMs('2023-11-17T12:00:00-08:00'), toEpochMs('2023-11-17T18:00:00-08:00')]);
    expect(hourTicks(scale, 'Asia/Kolkata', 6)).toEqual([toEpochMs('2023-11-18T06:00:00+05:30')]);
  });
});
