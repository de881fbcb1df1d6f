import type { Precision } from '../content-schemas';
import { calendarOf, dayKey } from './time-zones';

export type { Precision };

const WEEKDAYS = ['週日', '週一', '週二', '週三', '週四', '週五', '週六'];

/** A moment on a zone's wall clock, with its day of the week as the dates here write it (週五). */
function wallClock(epochMs: number, timeZone: string) {
  const c = calendarOf(epochMs, timeZone);
  return { ...c, weekday: WEEKDAYS[c.weekday] };
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
  if (precision === 'day' || precision === 'part-of-day') return dayKey(epochMs, timeZone);
  return new Date(epochMs).toISOString().replace(/:\d{2}\.\d{3}Z$/, 'Z');
}

const calendarDates = new Intl.DateTimeFormat('zh-Hant-TW', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });

/** A calendar date (YYYY-MM-DD, no time of day), as the prose writes dates: 2023年11月20日. */
export function formatCalendarDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return calendarDates.format(Date.UTC(year, month - 1, day));
}
