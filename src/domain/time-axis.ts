import { calendarOf, dayKey, wallClockToEpoch, type Calendar } from './time-zones';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A linear time scale: moments between `startMs` and `endMs` onto 0…`width`. */
export interface TimeScale {
  startMs: number;
  endMs: number;
  width: number;
  x: (epochMs: number) => number;
}

/**
 * A scale that spans the moments given, padded on both sides by `padHours` or by `padShare` of the span,
 * whichever is more, and rounded to whole hours: a story of days and one of years get margins of one look.
 */
export function timeScale(moments: readonly number[], width: number, padHours = 2, padShare = 0): TimeScale {
  let first = Infinity;
  let last = -Infinity;
  for (const t of moments) [first, last] = [Math.min(first, t), Math.max(last, t)];
  const pad = Math.max(padHours * HOUR, (last - first) * padShare);
  const startMs = Math.floor((first - pad) / HOUR) * HOUR;
  const endMs = Math.ceil((last + pad) / HOUR) * HOUR;
  return { startMs, endMs, width, x: (t) => ((t - startMs) / (endMs - startMs)) * width };
}

type Span = Pick<TimeScale, 'startMs' | 'endMs'>;

/** What one step of an axis is: a number of hours, days, months or years on the zone's calendar. */
export interface TickStep {
  unit: 'hour' | 'day' | 'month' | 'year';
  count: number;
}

const STEPS: (TickStep & { approxMs: number })[] = [
  ...[1, 2, 3, 6, 12].map((count) => ({ unit: 'hour' as const, count, approxMs: count * HOUR })),
  ...[1, 2, 7, 14].map((count) => ({ unit: 'day' as const, count, approxMs: count * DAY })),
  ...[1, 3, 6].map((count) => ({ unit: 'month' as const, count, approxMs: count * 30.44 * DAY })),
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((count) => ({ unit: 'year' as const, count, approxMs: count * 365.25 * DAY })),
];

/** The finest step that puts no more than `maxTicks` ticks on the span. */
export function tickStep(span: Span, maxTicks: number): TickStep {
  const length = span.endMs - span.startMs;
  const step = STEPS.find((s) => length / s.approxMs <= maxTicks) ?? STEPS.at(-1)!;
  return { unit: step.unit, count: step.count };
}

/** The calendar moment `n` steps after `start` (a wall-clock time already on the step's grid). */
function advance(start: Calendar, step: TickStep, n: number): Calendar {
  const k = step.count * n;
  switch (step.unit) {
    case 'hour':
      return { ...start, hour: start.hour + k };
    case 'day':
      return { ...start, day: start.day + k };
    case 'month':
      return { ...start, month: start.month + k };
    case 'year':
      return { ...start, year: start.year + k };
  }
}

/** The last wall-clock moment on the step's grid at or before `epochMs` (6-hour steps: 00, 06, 12, 18 …). */
function gridStart(epochMs: number, step: TickStep, timeZone: string): Calendar {
  const c = calendarOf(epochMs, timeZone);
  const floor = (n: number, base = 0) => Math.floor((n - base) / step.count) * step.count + base;
  switch (step.unit) {
    case 'hour':
      return { ...c, minute: 0, hour: floor(c.hour) };
    case 'day':
      return { ...c, hour: 0, day: step.count === 1 ? c.day : floor(c.day, 1) };
    case 'month':
      return { ...c, hour: 0, day: 1, month: floor(c.month, 1) };
    case 'year':
      return { year: floor(c.year), month: 1, day: 1, hour: 0 };
  }
}

export interface AxisTicks {
  step: TickStep;
  ticks: number[];
}

/**
 * Ticks for a span on a zone's wall clock, as coarse as needed to stay within `maxTicks`: hours for a
 * story of days, days for weeks, months or years for a decade. The cost is bounded by `maxTicks`, never
 * by the span's length.
 */
export function axisTicks(span: Span, timeZone: string, maxTicks = 12, step = tickStep(span, maxTicks)): AxisTicks {
  return once(`ticks ${span.startMs} ${span.endMs} ${timeZone} ${step.unit} ${step.count}`, () => {
    const start = gridStart(span.startMs, step, timeZone);
    const ticks: number[] = [];
    // A step never yields more than about one tick per approximate step, plus the ends.
    for (let n = 0; n <= maxTicks * 2 + 2; n++) {
      const t = wallClockToEpoch(advance(start, step, n), timeZone);
      if (t > span.endMs) break;
      if (t >= span.startMs && t !== ticks.at(-1)) ticks.push(t);
    }
    return { step, ticks };
  });
}

// Charts on many pages share one scale; each axis is computed once per build.
const axes = new Map<string, unknown>();
function once<T>(key: string, compute: () => T): T {
  if (!axes.has(key)) axes.set(key, compute());
  return axes.get(key) as T;
}

/**
 * Midnights of a zone inside the scale, with the calendar day each begins; none when the span has more
 * than `maxDays` of them (a chart of years labels months or years instead).
 */
export function dayBoundaries(scale: Span, timeZone: string, maxDays = 62): { epochMs: number; day: string }[] {
  if (scale.endMs - scale.startMs > (maxDays + 1) * DAY) return [];
  return axisTicks(scale, timeZone, maxDays + 2, { unit: 'day', count: 1 })
    .ticks.filter((t) => t !== scale.startMs)
    .map((epochMs) => ({ epochMs, day: dayKey(epochMs, timeZone) }));
}

/** Tick marks every `stepHours`, aligned to the zone's wall clock (00:00, 06:00, 12:00 …). */
export function hourTicks(scale: Span, timeZone: string, stepHours = 6, maxTicks = 200): number[] {
  if ((scale.endMs - scale.startMs) / (stepHours * HOUR) > maxTicks) return [];
  return axisTicks(scale, timeZone, maxTicks, { unit: 'hour', count: stepHours }).ticks;
}

/**
 * What a tick says, as short as its step allows: the date at midnight and the clock otherwise for hours
 * (11月18日 / 12:00), the date for days, 2024年3月 for months, 2019年 for years.
 */
export function tickLabel(epochMs: number, timeZone: string, step: TickStep): { text: string; major: boolean } {
  const c = calendarOf(epochMs, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  switch (step.unit) {
    case 'hour':
      return c.hour === 0 && c.minute === 0
        ? { text: `${c.month}月${c.day}日`, major: true }
        : { text: `${pad(c.hour)}:${pad(c.minute ?? 0)}`, major: false };
    case 'day':
      return { text: `${c.month}月${c.day}日`, major: c.day === 1 };
    case 'month':
      return c.month === 1 ? { text: `${c.year}年`, major: true } : { text: `${c.month}月`, major: false };
    case 'year':
      return { text: `${c.year}年`, major: true };
  }
}
