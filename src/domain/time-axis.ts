import { clockTime, dayKey } from './time-format';

const HOUR = 3_600_000;

/** A linear time scale: moments between `startMs` and `endMs` onto 0…`width`. */
export interface TimeScale {
  startMs: number;
  endMs: number;
  width: number;
  x: (epochMs: number) => number;
}

/** A scale that spans the moments given, padded to whole hours on both sides. */
export function timeScale(moments: readonly number[], width: number, padHours = 2): TimeScale {
  const startMs = Math.floor((Math.min(...moments) - padHours * HOUR) / HOUR) * HOUR;
  const endMs = Math.ceil((Math.max(...moments) + padHours * HOUR) / HOUR) * HOUR;
  return { startMs, endMs, width, x: (t) => ((t - startMs) / (endMs - startMs)) * width };
}

// Charts on many pages share one scale; each axis is computed once per build.
const axes = new Map<string, unknown>();
function once<T>(key: string, compute: () => T): T {
  if (!axes.has(key)) axes.set(key, compute());
  return axes.get(key) as T;
}

/** Midnights of a zone inside the scale, with the calendar day each begins. */
export function dayBoundaries(scale: Pick<TimeScale, 'startMs' | 'endMs'>, timeZone: string): { epochMs: number; day: string }[] {
  return once(`days ${scale.startMs} ${scale.endMs} ${timeZone}`, () => findDayBoundaries(scale, timeZone));
}

function findDayBoundaries(scale: Pick<TimeScale, 'startMs' | 'endMs'>, timeZone: string): { epochMs: number; day: string }[] {
  const boundaries: { epochMs: number; day: string }[] = [];
  let previous = dayKey(scale.startMs, timeZone);
  // Zones change day on whole hours or half hours (and DST shifts by an hour); 15-minute steps find them all.
  for (let t = Math.ceil(scale.startMs / 900_000) * 900_000; t <= scale.endMs; t += 900_000) {
    const day = dayKey(t, timeZone);
    if (day !== previous) {
      boundaries.push({ epochMs: t, day });
      previous = day;
    }
  }
  return boundaries;
}

/** Tick marks every `stepHours`, aligned to the zone's wall clock (00:00, 06:00, 12:00 …). */
export function hourTicks(scale: Pick<TimeScale, 'startMs' | 'endMs'>, timeZone: string, stepHours = 6): number[] {
  return once(`ticks ${scale.startMs} ${scale.endMs} ${timeZone} ${stepHours}`, () => {
    const ticks: number[] = [];
    for (let t = Math.ceil(scale.startMs / 900_000) * 900_000; t <= scale.endMs; t += 900_000) {
      const [h, m] = clockTime(t, timeZone).split(':').map(Number);
      if (m === 0 && h % stepHours === 0) ticks.push(t);
    }
    return ticks;
  });
}
