// The timeline as geometry: one wide layout (time runs right, for screens that fit it) and one tall layout
// (time runs down, for phones). Both come from the same events; the Astro component only draws them.
import { placeLabels, precisionRange, stackLanesClearOfLeaders, textEms, wrapText } from './chart-layout';
import { lowerBound } from './slot-trees';
import type { DocEvent } from './model';
import { axisTicks, dayBoundaries, tickLabel, timeScale, type TickStep, type TimeScale } from './time-axis';

const HOUR = 3_600_000;

/** The wide frame every horizontal chart shares, so bars and marks of different charts line up. */
export const WIDE = { width: 1200, left: 96, right: 24, font: 16 } as const;
export const TALL = { width: 360, axis: 74, labelLeft: 112, font: 15, line: 19 } as const;

type Placed = Pick<DocEvent, 'id' | 'kind' | 'epochMs' | 'precision' | 'zone' | 'claim'>;

/** The horizontal scale for a set of events in the wide frame (the whole story's, for every story chart). */
export function wideScale(events: readonly Placed[]): TimeScale & { left: number; at: (t: number) => number } {
  // Only the events' own times set the span: a day-long range is clipped at the edge rather than
  // stretching a chart of one evening to the whole day.
  const scale = timeScale(
    events.map((e) => e.epochMs),
    WIDE.width - WIDE.left - WIDE.right,
    0.5,
    0.02,
  );
  return { ...scale, left: WIDE.left, at: (t) => WIDE.left + scale.x(t) };
}

export interface Tick {
  epochMs: number;
  text: string;
  secondary?: string;
  major: boolean;
}

/** Axis ticks in the first zone, with the second zone's clock beneath where ticks are hours. */
export function ticksFor(span: { startMs: number; endMs: number }, zones: readonly { zone: string }[], maxTicks: number): Tick[] {
  const { step, ticks } = axisTicks(span, zones[0].zone, maxTicks);
  return ticks.map((t) => {
    const { text, major } = tickLabel(t, zones[0].zone, step);
    const other = zones[1] && step.unit === 'hour' ? tickLabel(t, zones[1].zone, step) : undefined;
    return { epochMs: t, text, major, secondary: other?.text };
  });
}

export interface WideMark<E> {
  event: E;
  x: number;
  y: number;
  range?: { x1: number; x2: number };
  label?: { lines: string[]; x: number; y: number; anchor: 'start' | 'end'; leaderTop: number };
}

export interface WideLayout<E> {
  height: number;
  marks: WideMark<E>[];
  tracks: { main: number; aside: number };
  axisY: number;
  plotTop: number;
  ticks: (Tick & { x: number })[];
  /** Alternate days, shaded so the eye finds each day. */
  dayStripes: { x1: number; x2: number }[];
  x: (t: number) => number;
}

const MAIN_R = 8;
/** A wide label's text begins this far past its leader, so a leader never runs through a label of its own moment. */
const LEADER_CLEARANCE = 3;
const ASIDE_R = 6.5;

/**
 * The wide layout: labels in rows above the main track (never overlapping), marks stacked in lanes where
 * they crowd, asides on their own track, the axis beneath; `band` reserves that much height above the axis
 * (for a density chart's bars).
 */
export function wideLayout<E extends Placed>(
  events: readonly E[],
  labelOf: (e: E) => string | undefined,
  scale: ReturnType<typeof wideScale>,
  zones: readonly { zone: string }[],
  ems: (text: string) => number = textEms,
  band = 0,
): WideLayout<E> {
  const x = scale.at;
  const labelled = events.filter((e) => labelOf(e) !== undefined).sort((a, b) => a.epochMs - b.epochMs);
  const placed = placeLabels(
    labelled.map((e) => ({ x: x(e.epochMs), width: ems(labelOf(e)!) * WIDE.font + 6 })),
    { left: WIDE.left, right: WIDE.width - WIDE.right },
    10,
    -LEADER_CLEARANCE,
  );
  const rows = placed.reduce((n, p) => Math.max(n, p.row + 1), 0);
  const rowHeight = WIDE.font + 8;
  const labelBottom = 8 + rows * rowHeight;
  const main = labelBottom + 22;

  const byTrack = (kind: DocEvent['kind'], r: number) => {
    const list = events.filter((e) => e.kind === kind).sort((a, b) => a.epochMs - b.epochMs);
    const lanes = stackLanesClearOfLeaders(
      list.map((e) => ({ from: x(e.epochMs) - r - 1, to: x(e.epochMs) + r + 1, x: x(e.epochMs), labelled: labelOf(e) !== undefined })),
    );
    return { list, lanes, count: lanes.reduce((n, l) => Math.max(n, l + 1), 1) };
  };
  const mains = byTrack('main', MAIN_R);
  const asides = byTrack('aside', ASIDE_R);
  const aside = main + (mains.count - 1) * (2 * MAIN_R + 3) + 34;
  const axisY = aside + (asides.count - 1) * (2 * ASIDE_R + 3) + 22 + band;

  const labelById = new Map(labelled.map((e, i) => [e.id, placed[i]]));
  const marks: WideMark<E>[] = [];
  for (const [track, { list, lanes }, step] of [
    [main, mains, 2 * MAIN_R + 3],
    [aside, asides, 2 * ASIDE_R + 3],
  ] as const) {
    list.forEach((e, i) => {
      const y = track + lanes[i] * step;
      const range = precisionRange(e);
      const p = labelById.get(e.id);
      marks.push({
        event: e,
        x: x(e.epochMs),
        y,
        range: range && { x1: Math.max(WIDE.left, x(range.fromMs)), x2: Math.min(WIDE.width - WIDE.right, x(range.untilMs)) },
        label: p && {
          lines: [labelOf(e)!],
          x: p.x,
          y: labelBottom - 8 - p.row * rowHeight,
          anchor: p.anchor,
          leaderTop: labelBottom - 4 - p.row * rowHeight,
        },
      });
    });
  }

  return { height: axisY + 48, marks, tracks: { main, aside }, axisY, plotTop: labelBottom + 6, ...wideAxis(scale, zones), x };
}

/**
 * The wide axis's ticks and day shading, read in `zones[0]` (with `zones[1]` beneath): the chart draws one
 * per zone order, so that choosing the other zone moves the days and hours, not only the words.
 */
export function wideAxis(scale: ReturnType<typeof wideScale>, zones: readonly { zone: string }[]) {
  const x = scale.at;
  const ticks = ticksFor(scale, zones, 14).map((t) => ({ ...t, x: x(t.epochMs) }));
  const days = dayBoundaries(scale, zones[0].zone).map((d) => x(d.epochMs));
  const edges = [WIDE.left, ...days, WIDE.width - WIDE.right];
  const dayStripes = days.length
    ? edges
        .slice(0, -1)
        .map((x1, i) => ({ x1, x2: edges[i + 1] }))
        .filter((_, i) => i % 2 === 1)
    : [];
  return { ticks, dayStripes };
}

export interface TallMark<E> {
  event: E;
  y: number;
  range?: { y1: number; y2: number };
  label: { lines: string[]; top: number; height: number; strong: boolean };
}

export interface TallLayout<E> {
  height: number;
  marks: TallMark<E>[];
  ticks: (Tick & { y: number })[];
  /** The same ticks read in another zone order (the reader's zone choice). */
  ticksIn: (zones: readonly { zone: string }[]) => (Tick & { y: number })[];
  top: number;
  bottom: number;
}

/** Room kept on each side of a day rule in the tall layout, so that no label is crossed by it. */
const TALL_RULE_ROOM = 6;
/** Ems kept free at the right edge of a tall label: the estimate of a text's width can fall short by about one. */
const TALL_EDGE_EMS = 1;
/** Share of the labels' total height the tall axis gets as its even time scale; crowded stretches stretch it. */
const TALL_EVEN_SHARE = 0.6;

/**
 * The tall layout for phones: time runs down a vertical axis; every event has its label beside it, level
 * with its mark, so each label is joined to its moment by a short straight leader. Where events crowd, the
 * axis stretches (time runs slower there: the ticks show it) until their labels fit, and a day rule gets
 * room of its own so it never crosses a label. `ems` measures a label in the script the reader sees. Events at the very same moment share one mark height and
 * their labels stack around it. Linear in the number of events.
 */
export function tallLayout<E extends Placed & { title: string }>(
  events: readonly E[],
  labelOf: (e: E) => string | undefined,
  zones: readonly { zone: string }[],
  ems: (text: string) => number = textEms,
): TallLayout<E> {
  const ordered = [...events].sort((a, b) => a.epochMs - b.epochMs);
  const maxEms = (TALL.width - TALL.labelLeft - 4) / TALL.font - TALL_EDGE_EMS;
  const texts = ordered.map((e) => wrapText(labelOf(e) ?? e.title, maxEms, 2, ems));
  const heights = texts.map((lines) => lines.length * TALL.line + 10);
  const span = timeScale(
    ordered.map((e) => e.epochMs),
    1,
    1,
    0.01,
  );
  const hours = Math.max(1, (span.endMs - span.startMs) / HOUR);
  const top = 36;
  const perHour = Math.max(2, (TALL_EVEN_SHARE * heights.reduce((a, b) => a + b, 0)) / hours);
  // About one tick per 80 px of the axis as it will be once stretched (at least every label's height), so
  // a story of days steps in hours and its midnights are the major ticks that rule the days.
  const tickCount = Math.max(4, Math.round(heights.reduce((a, b) => a + b, 0) / 80));
  const ticks = ticksFor(span, zones, tickCount);

  // Knots along the axis: each moment that has events (with the height of its labels) and each day rule.
  // Between two knots the axis runs at the even scale, or slower where their labels need the room.
  type Knot = { t: number; above: number; below: number; first?: number; count?: number; y: number };
  const knots: Knot[] = [];
  const rules = ticks.filter((t) => t.major).map((t) => t.epochMs);
  let r = 0;
  for (let i = 0; i < ordered.length;) {
    const t = ordered[i].epochMs;
    for (; r < rules.length && rules[r] <= t; r++) knots.push({ t: rules[r], above: TALL_RULE_ROOM, below: TALL_RULE_ROOM, y: 0 });
    let height = 0;
    const first = i;
    for (; i < ordered.length && ordered[i].epochMs === t; i++) height += heights[i];
    knots.push({ t, above: height / 2, below: height / 2, first, count: i - first, y: 0 });
  }
  for (; r < rules.length; r++) knots.push({ t: rules[r], above: TALL_RULE_ROOM, below: TALL_RULE_ROOM, y: 0 });
  const even = (fromMs: number, toMs: number) => ((toMs - fromMs) / HOUR) * perHour;
  knots.forEach((k, i) => {
    const before = knots[i - 1];
    k.y = before ? before.y + Math.max(even(before.t, k.t), before.below + k.above) : top + Math.max(even(span.startMs, k.t), k.above);
  });
  const last = knots.at(-1);
  const bottom = last ? last.y + Math.max(even(last.t, span.endMs), last.below) : top + even(span.startMs, span.endMs);
  const knotTimes = knots.map((k) => k.t);
  /** Where a moment sits on the stretched axis: between its two knots, in proportion to time. */
  const y = (t: number) => {
    const i = lowerBound(knotTimes, t);
    if (i < knots.length && knots[i].t === t) return knots[i].y;
    const [a, b] = [knots[i - 1] ?? { t: span.startMs, y: top }, knots[i] ?? { t: span.endMs, y: bottom }];
    return b.t === a.t ? a.y : a.y + ((t - a.t) / (b.t - a.t)) * (b.y - a.y);
  };

  const marks: TallMark<E>[] = [];
  for (const k of knots) {
    if (k.first === undefined) continue;
    let labelTop = k.y - k.above;
    for (let i = k.first; i < k.first + k.count!; i++) {
      const e = ordered[i];
      const range = precisionRange(e);
      marks.push({
        event: e,
        y: k.y,
        range: range && { y1: Math.max(top, y(range.fromMs)), y2: Math.min(bottom, y(range.untilMs)) },
        label: { lines: texts[i], top: labelTop, height: heights[i], strong: labelOf(e) !== undefined },
      });
      labelTop += heights[i];
    }
  }
  // The axis in either zone order (the reader's zone choice): the same moments, the other zone's days.
  const ticksIn = (order: readonly { zone: string }[]) =>
    withOpeningDay(
      ticksFor(span, order, tickCount).map((t) => ({ ...t, y: y(t.epochMs) })),
      { epochMs: span.startMs, y: top },
      order[0].zone,
      axisTicks(span, order[0].zone, tickCount).step,
    );
  return { height: bottom + 24, marks, ticks: ticksIn(zones), ticksIn, top, bottom };
}

/** Room a day's name needs under the top of the tall axis before the first tick may name the day instead. */
export const OPENING_DAY_ROOM = 24;

/**
 * A phone's timeline opens with the name of its first day when no day tick is near the top: a person's
 * story may start in the middle of a day, and the reader would meet its events before any date. Only for
 * axes of hours or days (a longer story's ticks name months or years from the start).
 */
export function withOpeningDay<T extends Tick & { y: number }>(
  ticks: T[],
  top: { epochMs: number; y: number },
  zone: string,
  step: TickStep,
): (T | (Tick & { y: number; opening: true }))[] {
  if (step.unit !== 'hour' && step.unit !== 'day') return ticks;
  const dayTickNearTop = ticks.find((t) => t.y - top.y < OPENING_DAY_ROOM && (step.unit === 'day' || t.major));
  if (dayTickNearTop) return ticks;
  const { text } = tickLabel(top.epochMs, zone, { unit: 'day', count: 1 });
  return [{ epochMs: top.epochMs, text, major: false, y: top.y, opening: true }, ...ticks];
}
