import type { Precision } from '../content-schemas';

export type { Precision };

interface WallClock {
  year: number;
  month: number;
  day: number;
  weekday: string;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
// Formatting is the costliest step of a page with many times on it; each moment is formatted once.
const wallClocks = new Map<string, WallClock>();

function wallClock(epochMs: number, timeZone: string): WallClock {
  const key = `${timeZone} ${epochMs}`;
  const known = wallClocks.get(key);
  if (known) return known;
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('zh-Hant-TW', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(epochMs).map((p) => [p.type, p.value]));
  const clock = {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: parts.weekday,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
  wallClocks.set(key, clock);
  return clock;
}

/** The wall-clock hour and minute of a moment in a zone, e.g. "09:30". */
export function clockTime(epochMs: number, timeZone: string): string {
  const t = wallClock(epochMs, timeZone);
  return `${pad(t.hour)}:${pad(t.minute)}`;
}

/** The Chinese name of the part of the day an hour falls in. */
export function partOfDay(hour: number): string {
  if (hour < 6) return '凌晨';
  if (hour < 12) return '上午';
  if (hour < 13) return '中午';
  if (hour < 18) return '下午';
  return '晚間';
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A moment as readers say it, showing only as much as is known:
 * 11月17日（週五）12:00, 11月17日（週五）12 時許, 11月16日（週四）晚間, 11月18日（週六）.
 */
export function formatMoment(epochMs: number, timeZone: string, precision: Precision, options: { year?: boolean } = {}): string {
  const t = wallClock(epochMs, timeZone);
  const date = `${options.year ? `${t.year}年` : ''}${t.month}月${t.day}日（${t.weekday}）`;
  switch (precision) {
    case 'minute':
      return `${date}${pad(t.hour)}:${pad(t.minute)}`;
    case 'hour':
      return `${date}${t.hour} 時許`;
    case 'part-of-day':
      return `${date}${partOfDay(t.hour)}`;
    case 'day':
      return date;
  }
}

/**
 * A day known only as a date in the zone it was reported in, read in another zone. A Pacific
 * 11月20日 runs from 16:00 on the 20th to 16:00 on the 21st in Beijing, so there it is
 * 11月20日（週一）至21日（週二）: the placeholder hour that orders the timeline must not pick one.
 */
export function formatReportedDay(epochMs: number, reportedZone: string, displayZone: string): string {
  const t = wallClock(epochMs, reportedZone);
  const start = epochMs - (t.hour * 60 + t.minute) * 60_000 - (epochMs % 60_000);
  const first = wallClock(start, displayZone);
  const last = wallClock(start + 24 * 3_600_000 - 1, displayZone);
  const firstText = `${first.month}月${first.day}日（${first.weekday}）`;
  if (first.day === last.day && first.month === last.month) return firstText;
  return `${firstText}至${first.month === last.month ? '' : `${last.month}月`}${last.day}日（${last.weekday}）`;
}

/** Machine-readable value for <time datetime>, no more precise than what is known. */
export function datetimeAttribute(epochMs: number, timeZone: string, precision: Precision): string {
  const t = wallClock(epochMs, timeZone);
  const date = `${t.year}-${pad(t.month)}-${pad(t.day)}`;
  if (precision === 'day' || precision === 'part-of-day') return date;
  return new Date(epochMs).toISOString().replace(/:\d{2}\.\d{3}Z$/, 'Z');
}

/** The calendar day (YYYY-MM-DD) a moment falls on in a zone: used to group the timeline by day. */
export function dayKey(epochMs: number, timeZone: string): string {
  const t = wallClock(epochMs, timeZone);
  return `${t.year}-${pad(t.month)}-${pad(t.day)}`;
}

/** UTC offset of a zone at a moment, as readers see it: UTC−8, UTC+8, UTC+5:30. */
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

export function utcOffsetLabel(epochMs: number, timeZone: string): string {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' });
    offsetFormatters.set(timeZone, formatter);
  }
  const name = formatter.formatToParts(epochMs).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = name.replace('GMT', '');
  return offset ? `UTC${offset.replace('-', '−')}` : 'UTC';
}

const calendarDates = new Intl.DateTimeFormat('zh-Hant-TW', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });

/** A calendar date (YYYY-MM-DD, no time of day), as the prose writes dates: 2023年11月20日. */
export function formatCalendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return calendarDates.format(Date.UTC(year, month - 1, day));
}
