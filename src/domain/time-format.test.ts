import { describe, expect, it } from 'vitest';
import { toEpochMs } from './instant';
import { datetimeAttribute, formatCalendarDate, formatMoment, formatReportedDay, partOfDay } from './time-format';

const PT = 'America/Los_Angeles';
const BJ = 'Asia/Shanghai';
const firing = toEpochMs('2023-11-17T12:00:00-08:00');

describe('formatMoment', () => {
  it('shows minutes when they are known, in each zone', () => {
    expect(formatMoment(firing, PT, 'minute')).toBe('11月17日（週五）12:00');
    expect(formatMoment(firing, BJ, 'minute')).toBe('11月18日（週六）04:00');
  });
  it('shows only the part of the day for a vague time: "late on the 16th" is not midnight', () => {
    const evening = toEpochMs('2023-11-16T20:00:00-08:00');
    expect(formatMoment(evening, PT, 'part-of-day')).toBe('11月16日（週四）晚間');
    expect(formatMoment(evening, BJ, 'part-of-day')).toBe('11月17日（週五）中午');
  });
  it('shows only the date for a day, and the hour for an hour', () => {
    expect(formatMoment(firing, PT, 'day')).toBe('11月17日（週五）');
    expect(formatMoment(firing, PT, 'hour')).toBe('11月17日（週五）12 時許');
    expect(formatMoment(firing, PT, 'day', { year: true })).toBe('2023年11月17日（週五）');
  });
});

describe('formatReportedDay', () => {
  it('shows a day known only as a Pacific date as the two Beijing days it spans, whatever placeholder hour orders it', () => {
    for (const time of ['2023-11-20T08:00:00-08:00', '2023-11-20T13:00:00-08:00', '2023-11-20T20:00:00-08:00'])
      expect(formatReportedDay(toEpochMs(time), PT, BJ)).toBe('11月20日（週一）至21日（週二）');
  });
  it('names the month again when the span crosses one', () => {
    expect(formatReportedDay(toEpochMs('2023-11-30T10:00:00-08:00'), PT, BJ)).toBe('11月30日（週四）至12月1日（週五）');
  });
  it('shows one day in the zone it was reported in', () => {
    expect(formatReportedDay(toEpochMs('2023-11-20T20:00:00-08:00'), PT, PT)).toBe('11月20日（週一）');
  });
});

describe('formatCalendarDate', () => {
  it('writes a source date as the prose writes dates, whatever zone the build runs in', () => {
    expect(formatCalendarDate('2023-11-20')).toBe('2023年11月20日');
    expect(formatCalendarDate('2018-04-09')).toBe('2018年4月9日');
  });
});

describe('partOfDay', () => {
  it.each([
    [2, '凌晨'],
    [9, '上午'],
    [12, '中午'],
    [15, '下午'],
    [21, '晚間'],
  ])('hour %i is %s', (hour, name) => expect(partOfDay(hour)).toBe(name));
});

describe('datetimeAttribute', () => {
  it('is no more precise than what is known', () => {
    expect(datetimeAttribute(firing, PT, 'minute')).toBe('2023-11-17T20:00Z');
    expect(datetimeAttribute(firing, PT, 'day')).toBe('2023-11-17');
    expect(datetimeAttribute(firing, BJ, 'part-of-day')).toBe('2023-11-18');
  });
});
