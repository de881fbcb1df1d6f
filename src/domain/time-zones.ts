/**
 * Time-zone arithmetic, all of it: what a zone's wall clock shows at a moment, which moment a wall clock
 * names, the zone's offset from UTC and how readers write it. The zone rules are the runtime's (Intl and
 * its IANA database); formatting (time-format.ts) and chart axes (time-axis.ts) build on these.
 */

const MINUTE = 60_000;

/** true when the runtime knows the IANA zone, e.g. "America/Los_Angeles". */
export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}

/** A moment on a zone's calendar, as its wall clock shows it. */
export interface Calendar {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute?: number;
}

/** A calendar moment with everything known, to the second, and the day of the week (0 = Sunday). */
export interface ZonedCalendar extends Calendar {
  minute: number;
  second: number;
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
// Reading a zone's calendar is the costliest step of a page with many times on it; each moment is read once.
const calendars = new Map<string, ZonedCalendar>();

/** What a zone's wall clock shows at a moment. */
export function calendarOf(epochMs: number, timeZone: string): ZonedCalendar {
  const key = `${timeZone} ${epochMs}`;
  const known = calendars.get(key);
  if (known) return known;
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  const p = Object.fromEntries(formatter.formatToParts(epochMs).map((part) => [part.type, Number(part.value)]));
  const calendar = {
    year: p.year,
    month: p.month,
    day: p.day,
    hour: p.hour,
    minute: p.minute,
    second: p.second,
    weekday: new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay(),
  };
  calendars.set(key, calendar);
  return calendar;
}

/**
 * How far a zone's wall clock is ahead of UTC at a moment, in seconds: -28800 for Pacific standard time.
 * Whole minutes today; before standard time, local mean time had seconds too (Shanghai +8:05:43 in 1900).
 */
function zoneOffsetSeconds(epochMs: number, timeZone: string): number {
  const c = calendarOf(epochMs, timeZone);
  return (Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - Math.floor(epochMs / 1000) * 1000) / 1000;
}

/** How far a zone's wall clock is ahead of UTC at a moment, in whole minutes (e.g. -480 for Pacific standard time). */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  return Math.trunc(zoneOffsetSeconds(epochMs, timeZone) / 60);
}

/** The moment a zone's wall clock shows year-month-day hour:00 (fields may overflow, as with Date.UTC). */
export function wallClockToEpoch(c: Calendar, timeZone: string): number {
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour);
  // The wall clock to the minute: a tick falls on a whole minute even where local mean time had seconds.
  const ahead = (epochMs: number) => {
    const w = calendarOf(epochMs, timeZone);
    return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(epochMs / MINUTE) * MINUTE;
  };
  // The offset at the first guess can be the other side of a DST change; a second round settles it.
  const guess = asUtc - ahead(asUtc);
  return asUtc - ahead(guess);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar day (YYYY-MM-DD) a moment falls on in a zone: used to group the timeline by day. */
export function dayKey(epochMs: number, timeZone: string): string {
  const c = calendarOf(epochMs, timeZone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

/** An offset in minutes as an ISO 8601 time writes it: -08:00, +05:30, +00:00. */
export function isoOffset(offsetMinutes: number): string {
  const size = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(size / 60))}:${pad(size % 60)}`;
}

/** An offset in seconds as readers see it: UTC−8, UTC+8, UTC+5:30, UTC+0, UTC+8:05:43 (with a true minus sign). */
export function formatUtcOffset(offsetSeconds: number): string {
  const size = Math.abs(offsetSeconds);
  const [hours, minutes, seconds] = [Math.floor(size / 3600), Math.floor(size / 60) % 60, size % 60];
  const rest = seconds ? `:${pad(minutes)}:${pad(seconds)}` : minutes ? `:${pad(minutes)}` : '';
  return `UTC${offsetSeconds < 0 ? '−' : '+'}${hours}${rest}`;
}

/** A zone's offset from UTC at a moment, as readers see it: UTC−8, UTC+8, UTC+5:30. */
export function utcOffsetLabel(epochMs: number, timeZone: string): string {
  return formatUtcOffset(zoneOffsetSeconds(epochMs, timeZone));
}
