// When a story has more events than a chart can draw one by one, it is drawn as a picture of density: how
// many events fell in each hour, day, month…, with only the turning points labelled, and each day of the
// story gets its own page to zoom into. Linear in the number of events.
import type { DocEvent } from './model';
import { perArray } from './memo';
import { axisTicks, type TickStep } from './time-axis';
import { dayKey } from './time-zones';

/** More events than this in one chart are drawn as their density (the wide frame is 1,080 px of time). */
export const DRAW_EACH_MAX = 120;
/** At most this many turning points are labelled on a density chart. */
export const TURNING_POINTS_MAX = 24;
/** A density chart has at most this many bars across the wide frame. */
export const BINS_MAX = 180;
/** A list longer than this is shown day by day, each day a link to its own page. */
export const LIST_EACH_MAX = 200;

/** Whether a set of events is too many to draw (or list) one by one. */
export const isDense = (count: number, limit = DRAW_EACH_MAX) => count > limit;

export interface DensityBin {
  fromMs: number;
  untilMs: number;
  main: number;
  aside: number;
  /** The day (in the first zone, YYYY-MM-DD) of the bin's first event: where a reader zooms in. */
  day?: string;
}

const STEPS: (TickStep & { hours: number })[] = [
  { unit: 'hour', count: 1, hours: 1 },
  { unit: 'hour', count: 3, hours: 3 },
  { unit: 'hour', count: 6, hours: 6 },
  { unit: 'day', count: 1, hours: 24 },
  { unit: 'day', count: 7, hours: 24 * 7 },
  { unit: 'month', count: 1, hours: 24 * 30.44 },
  { unit: 'month', count: 3, hours: 24 * 91.3 },
  { unit: 'year', count: 1, hours: 24 * 365.25 },
  { unit: 'year', count: 10, hours: 24 * 3652.5 },
];

/**
 * Events (sorted by time) counted per calendar step of `zone`, the finest step that gives no more than
 * `maxBins` bins over the span: hours for a story of days, days for months, months for years. A bin's
 * `day` is read in `dayZone` (the documentary's first zone, whose days have pages), whatever zone cuts it.
 */
export function densityBins(
  events: readonly Pick<DocEvent, 'epochMs' | 'kind'>[],
  span: { startMs: number; endMs: number },
  zone: string,
  maxBins = BINS_MAX,
  dayZone = zone,
): { step: TickStep; bins: DensityBin[] } {
  const hours = (span.endMs - span.startMs) / 3_600_000;
  const { hours: _, ...step } = STEPS.find((s) => hours / s.hours <= maxBins) ?? STEPS.at(-1)!;
  const inner = axisTicks(span, zone, maxBins, step).ticks.filter((t) => t > span.startMs && t < span.endMs);
  const edges = [span.startMs, ...inner, span.endMs];
  const bins: DensityBin[] = edges.slice(0, -1).map((fromMs, i) => ({ fromMs, untilMs: edges[i + 1], main: 0, aside: 0 }));
  let b = 0;
  for (const e of events) {
    while (b < bins.length - 1 && e.epochMs >= bins[b].untilMs) b++;
    const bin = bins[b];
    bin[e.kind === 'aside' ? 'aside' : 'main']++;
    bin.day ??= dayKey(e.epochMs, dayZone);
  }
  return { step, bins };
}

/** At most `max` turning points (highlighted events), spread evenly over the story when there are more. */
export function turningPoints<E extends Pick<DocEvent, 'highlight'>>(events: readonly E[], max = TURNING_POINTS_MAX): E[] {
  const turns = events.filter((e) => e.highlight);
  if (turns.length <= max) return turns;
  return Array.from({ length: max }, (_, i) => turns[Math.round((i * (turns.length - 1)) / (max - 1))]);
}

/** A story's events grouped by their day in `zone` (YYYY-MM-DD), in order; computed once per events array and zone. */
export function eventsByDay<E extends Pick<DocEvent, 'epochMs'>>(events: readonly E[], zone: string): Map<string, E[]> {
  return byDay(events)(zone) as Map<string, E[]>;
}
const byDay = perArray((events: readonly Pick<DocEvent, 'epochMs'>[]) => {
  const zones = new Map<string, Map<string, Pick<DocEvent, 'epochMs'>[]>>();
  return (zone: string) => {
    if (!zones.has(zone)) {
      const sorted = [...events].sort((a, b) => a.epochMs - b.epochMs);
      zones.set(
        zone,
        Map.groupBy(sorted, (e) => dayKey(e.epochMs, zone)),
      );
    }
    return zones.get(zone)!;
  };
});

/** The phone's density chart: one row per bin, down the page. */
export const TALL_DENSITY = { bins: 60, row: 24, turnRow: 44, barLeft: 80, barMax: 120, top: 30 } as const;

export interface TallDensityRow {
  bin: DensityBin;
  y: number;
  height: number;
  /** Bar length in px. */
  bar: number;
  turn?: string;
}

/**
 * Rows of the phone's density chart: a bar per bin, and the bin's first turning point named beneath it. The
 * empty bins before the first event and after the last are the axis's margin, not a quiet stretch of the
 * story, and get no row (a list of rows would open on "12月28日 0件").
 */
export function tallDensityRows(
  bins: readonly DensityBin[],
  turnIn: (bin: DensityBin) => string | undefined,
): { rows: TallDensityRow[]; height: number } {
  const hasEvents = (b: DensityBin) => b.main + b.aside > 0;
  const first = bins.findIndex(hasEvents);
  const story = first === -1 ? [] : bins.slice(first, bins.findLastIndex(hasEvents) + 1);
  const most = story.reduce((m, b) => Math.max(m, b.main + b.aside), 1);
  let y: number = TALL_DENSITY.top;
  const rows = story.map((bin) => {
    const turn = turnIn(bin);
    const height = turn ? TALL_DENSITY.turnRow : TALL_DENSITY.row;
    const row = { bin, y, height, bar: ((bin.main + bin.aside) / most) * TALL_DENSITY.barMax, turn };
    y += height;
    return row;
  });
  return { rows, height: y + 12 };
}
