import { describe, expect, it } from 'vitest';
import { toEpochMs } from './instant';
import {
  calendarOf,
  dayKey,
  formatUtcOffset,
  isKnownTimeZone,
  isoOffset,
  utcOffsetLabel,
  wallClockToEpoch,
  zoneOffsetMinutes,
} from './time-zones';

const PT = 'America/Los_Angeles';
const BJ = 'Asia/Shanghai';
const firing = toEpochMs('2023-11-17T12:00:00-08:00');
const summer = toEpochMs('2023-07-01T12:00:00-07:00');

describe('isKnownTimeZone', () => {
  it('knows IANA zones and UTC', () => {
    expect(isKnownTimeZone(PT)).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
  });
  it('refuses made-up zones and bare abbreviations an author might write', () => {
    expect(isKnownTimeZone('America/Springfield')).toBe(false);
    expect(isKnownTimeZone('PST')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });
});

describe('calendarOf', () => {
  it('reads the wall clock of each zone, with its day of the week', () => {
    expect(calendarOf(firing, PT)).toEqual({ year: 2023, month: 11, day: 17, hour: 12, minute: 0, second: 0, weekday: 5 });
    expect(calendarOf(firing, BJ)).toEqual({ year: 2023, month: 11, day: 18, hour: 4, minute: 0, second: 0, weekday: 6 });
  });
  it('writes midnight as hour 0, not 24', () => {
    expect(calendarOf(toEpochMs('2023-11-18T00:00:00-08:00'), PT).hour).toBe(0);
  });
});

describe('zoneOffsetMinutes', () => {
  it('follows daylight saving', () => {
    expect(zoneOffsetMinutes(firing, PT)).toBe(-480);
    expect(zoneOffsetMinutes(summer, PT)).toBe(-420);
    expect(zoneOffsetMinutes(firing, BJ)).toBe(480);
    expect(zoneOffsetMinutes(firing, 'Asia/Kolkata')).toBe(330);
    expect(zoneOffsetMinutes(firing, 'UTC')).toBe(0);
  });
});

describe('wallClockToEpoch', () => {
  it('finds the moment a wall clock names, on either side of a clock change', () => {
    expect(wallClockToEpoch({ year: 2023, month: 11, day: 17, hour: 12 }, PT)).toBe(firing);
    expect(wallClockToEpoch({ year: 2023, month: 7, day: 1, hour: 12 }, PT)).toBe(summer);
    // 5 November 2023: the Pacific clock went from 02:00 back to 01:00.
    expect(wallClockToEpoch({ year: 2023, month: 11, day: 5, hour: 6 }, PT)).toBe(toEpochMs('2023-11-05T06:00:00-08:00'));
    expect(wallClockToEpoch({ year: 2023, month: 11, day: 4, hour: 23 }, PT)).toBe(toEpochMs('2023-11-04T23:00:00-07:00'));
  });
  it('lets fields overflow, as Date.UTC does: hour 24 is the next midnight', () => {
    expect(wallClockToEpoch({ year: 2023, month: 11, day: 17, hour: 24 }, PT)).toBe(toEpochMs('2023-11-18T00:00:00-08:00'));
  });
});

describe('dayKey', () => {
  it('groups by the calendar day of the zone', () => {
    expect(dayKey(toEpochMs('2023-11-17T23:30:00-08:00'), PT)).toBe('2023-11-17');
    expect(dayKey(toEpochMs('2023-11-17T23:30:00-08:00'), BJ)).toBe('2023-11-18');
  });
});

describe('UTC offsets as written', () => {
  it('labels a zone at a moment as readers see it, following daylight saving', () => {
    expect(utcOffsetLabel(firing, PT)).toBe('UTC−8');
    expect(utcOffsetLabel(summer, PT)).toBe('UTC−7');
    expect(utcOffsetLabel(firing, BJ)).toBe('UTC+8');
    expect(utcOffsetLabel(firing, 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(utcOffsetLabel(firing, 'UTC')).toBe('UTC+0');
    expect(utcOffsetLabel(firing, 'Europe/London')).toBe('UTC+0');
  });
  it('labels an offset with a true minus sign', () => {
    expect(formatUtcOffset(-570 * 60)).toBe('UTC−9:30');
  });
  it('gives local mean time its seconds, and whole minutes toward zero where a minute offset is asked for', () => {
    const in1900 = toEpochMs('1900-01-01T00:00:00Z');
    expect(utcOffsetLabel(in1900, BJ)).toBe('UTC+8:05:43');
    expect(utcOffsetLabel(in1900, 'America/St_Johns')).toBe('UTC−3:30:52');
    expect(zoneOffsetMinutes(in1900, BJ)).toBe(485);
    expect(zoneOffsetMinutes(in1900, 'America/St_Johns')).toBe(-210);
  });
  it('writes an offset the way an ISO 8601 time does, for messages to authors', () => {
    expect(isoOffset(-480)).toBe('-08:00');
    expect(isoOffset(330)).toBe('+05:30');
    expect(isoOffset(0)).toBe('+00:00');
  });
});
