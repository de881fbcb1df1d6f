// A calendar row for a bar chart on the story's time scale: the span cut at each midnight of one zone
// (or at each month or year, for a long story), each cell named in that zone where its name fits. The
// charts draw one row per zone order, so the reader's zone choice moves the days, not only the words.
import { axisTicks, tickLabel, tickStep, type TickStep } from './time-axis';
import { calendarOf } from './time-zones';

export interface CalendarCell {
  x1: number;
  x2: number;
  /** The cell's name (11月17日, or 17日 where the full name does not fit), absent where neither fits. */
  label?: string;
  /** Every other cell is shaded, so the eye finds each day. */
  shaded: boolean;
}

export interface CalendarRow {
  /** x of each boundary between two cells (a midnight of the zone, for a story of days). */
  rules: number[];
  cells: CalendarCell[];
}

/** Space kept between a cell's name and its edges, in px. */
export const CELL_PADDING = 4;

/**
 * The cells of `span` in `zone`, drawn from `left` to `right` through `at`; at most about `maxCells` of
 * them (days for a story of days, coarser for a longer one). `width` measures a name as drawn.
 */
export function calendarRow(
  span: { startMs: number; endMs: number },
  at: (t: number) => number,
  zone: string,
  width: (text: string) => number,
  maxCells = 31,
): CalendarRow {
  const coarse = tickStep(span, maxCells);
  const step: TickStep = coarse.unit === 'hour' ? { unit: 'day', count: 1 } : coarse;
  const bounds = axisTicks(span, zone, maxCells, step).ticks.filter((t) => t > span.startMs && t < span.endMs);
  const edges = [span.startMs, ...bounds, span.endMs];
  const cells = edges.slice(0, -1).map((from, i) => {
    const [x1, x2] = [at(from), at(edges[i + 1])];
    const names = [tickLabel(from, zone, step).text];
    if (step.unit === 'day') names.push(`${calendarOf(from, zone).day}日`);
    const label = names.find((text) => width(text) + 2 * CELL_PADDING <= x2 - x1);
    return { x1, x2, label, shaded: i % 2 === 1 };
  });
  return { rules: bounds.map(at), cells };
}
