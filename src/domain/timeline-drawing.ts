// What TimelineChart draws, element by element: which events a timeline shows and which it labels, and
// every offset of the wide and the tall drawing, named. The layouts (timeline-chart.ts) place marks and
// labels; this turns them into the shapes, lines and texts the component prints as they are.
import type { DocEvent } from './model';
import { BAND_HEIGHT } from './term-bars';
import { TALL, WIDE, type TallLayout, type Tick, type WideLayout } from './timeline-chart';

/** Numbers as the drawing prints them: to a tenth of a unit. */
export const tenth = (n: number) => Math.round(n * 10) / 10;

/** At most this many events of a stretch of the story (`from`/`to`) are all labelled. */
export const LABEL_ALL_STRETCH_MAX = 16;
/** At most this many events of the whole story or of a person's path are all labelled; more, only the turning points. */
export const LABEL_ALL_MAX = 12;

/**
 * The label a mark carries, or none: a turning point's own short label or its title; every event's title
 * where the chart has few enough to label them all.
 */
export function labelPolicy<E extends Pick<DocEvent, 'highlight' | 'title'>>(
  count: number,
  stretch: boolean,
): (event: E) => string | undefined {
  const labelAll = count <= (stretch ? LABEL_ALL_STRETCH_MAX : LABEL_ALL_MAX);
  return (e) => (typeof e.highlight === 'string' ? e.highlight : e.highlight || labelAll ? e.title : undefined);
}

/**
 * The events a timeline shows: a person's own (`byPerson`), the stretch from `from` to `to` (event ids,
 * either end open), or the whole story. An unknown id stops the build with the prop that names it.
 */
export function timelineEvents<E extends Pick<DocEvent, 'id' | 'epochMs'>>(
  chronological: readonly E[],
  options: { person?: string; from?: string; to?: string; byPerson: (person: string) => readonly E[] | undefined },
): { events: E[]; stretch: boolean } {
  const byId = new Map(chronological.map((e) => [e.id, e]));
  for (const prop of ['from', 'to'] as const) {
    const id = options[prop];
    if (id !== undefined && !byId.has(id)) throw new Error(`<Timeline ${prop}="${id}">: no event has this id`);
  }
  const stretch = options.from !== undefined || options.to !== undefined;
  const first = options.from ? byId.get(options.from)!.epochMs : -Infinity;
  const last = options.to ? byId.get(options.to)!.epochMs : Infinity;
  const events =
    options.person !== undefined
      ? [...(options.byPerson(options.person) ?? [])]
      : chronological.filter((e) => e.epochMs >= first && e.epochMs <= last);
  return { events, stretch };
}

/** The wide drawing's offsets, in the drawing's units (WIDE.width across). */
export const WIDE_DRAWING = {
  /** A minor tick reaches this far above the axis; every tick this far below it. */
  tickAbove: 6,
  tickBelow: 4,
  /** Baselines, below the axis, of a tick's label in the first zone and of its clock in the second. */
  tickText: 22,
  secondText: 42,
  /** Where the zone names and track names start at the left. */
  nameX: 4,
  /** A track's name sits this far below the track's centre line, level with its marks. */
  trackNameDrop: 5,
  /** The bar of a range an imprecise time covers: its height, centred on the mark, and corner radius. */
  rangeHeight: 8,
  rangeRadius: 4,
  /** A leader stops this far above its mark's centre (a main mark's radius and a pixel). */
  leaderGap: 9,
  /** A person's role bars: one per row of this height, after a gap under the axis's labels. */
  roleRow: 30,
  roleGap: 8,
  /** Gap between the axis's labels and the band of who held each office. */
  bandGap: 8,
  /** A main mark is a circle of this radius, an aside a diamond of this half-width. */
  mainRadius: 8,
  asideRadius: 7,
} as const;

/** The tall (phone) drawing's offsets, in the drawing's units (TALL.width across). */
export const TALL_DRAWING = {
  /** The zone's name at the top left. */
  zoneX: 4,
  zoneY: 16,
  /** A day rule runs from this x to the right edge; a minor tick this far left of the axis. */
  ruleX: 4,
  tickLength: 6,
  /** A tick's label ends this far left of the axis; below its tick by this much (a day's, under its rule). */
  tickTextGap: 10,
  tickTextDrop: 5,
  dayTextDrop: 16,
  /** The second zone's clock, under the first's. */
  secondTextDrop: 19,
  /** The range bar along the axis: its width and corner radius. */
  rangeWidth: 8,
  rangeRadius: 4,
  /** The tap target of a mark starts this far left of the axis and stops this much short of the next label. */
  hitLeft: 12,
  hitShort: 2,
  /** A leader leaves the mark this far right of the axis, bends this far before the label, ends this far before it. */
  leaderStart: 8,
  leaderBend: 14,
  leaderEnd: 4,
  /** The leader meets its label this far above the label's middle. */
  leaderLift: 1,
  /** A label's first baseline: this far below its top, plus a line, less the descent. */
  labelPad: 5,
  labelDescent: 4,
  /** A main mark is a circle of this radius, an aside a diamond of this half-width. */
  mainRadius: 6,
  asideRadius: 6,
} as const;

/** Height the bands of who held each office take under the wide axis (none without an office). */
export function officeBandsHeight(offices: number): number {
  return offices === 0 ? 0 : offices * BAND_HEIGHT + WIDE_DRAWING.bandGap;
}

/** The outline of a mark: a circle for the main line, a diamond for an aside, centred on (x, y). */
function markShape(kind: DocEvent['kind'], x: number, y: number, main: number, aside: number): string {
  return kind === 'main'
    ? `M${x - main} ${y}a${main} ${main} 0 1 0 ${2 * main} 0a${main} ${main} 0 1 0-${2 * main} 0z`
    : `M${x} ${y - aside}l${aside} ${aside}-${aside} ${aside}-${aside}-${aside}z`;
}

type Zone = { zone: string; label: string };
type Mark = Pick<DocEvent, 'id' | 'kind'>;

/** One zone order's axis in the wide drawing: its shaded days, its ticks and the zones' names. */
export interface WideAxisView {
  stripes: { x: number; y: number; width: number; height: number }[];
  ticks: {
    major: boolean;
    line: { x: number; y1: number; y2: number };
    text: { x: number; y: number; text: string };
    second?: { x: number; y: number; text: string };
  }[];
  zoneNames: { x: number; y: number; text: string; second: boolean }[];
  /** x of each day's rule, for the band of who held each office beneath. */
  dayRules: number[];
}

/** Everything the wide drawing prints. */
export function wideDrawing<E extends Mark>(
  layout: WideLayout<E>,
  axes: readonly { zones: readonly Zone[]; ticks: (Tick & { x: number })[]; dayStripes: { x1: number; x2: number }[] }[],
  options: { roles: number; bandHeight: number; hasAsides: boolean },
) {
  const D = WIDE_DRAWING;
  const { axisY, plotTop } = layout;
  const views: WideAxisView[] = axes.map(({ zones, ticks, dayStripes }) => ({
    stripes: dayStripes.map((s) => ({ x: tenth(s.x1), y: plotTop, width: tenth(s.x2 - s.x1), height: tenth(axisY - plotTop) })),
    ticks: ticks.map((t) => ({
      major: t.major,
      line: { x: tenth(t.x), y1: t.major ? plotTop : axisY - D.tickAbove, y2: axisY + D.tickBelow },
      text: { x: tenth(t.x), y: axisY + D.tickText, text: t.text },
      second: t.secondary === undefined ? undefined : { x: tenth(t.x), y: axisY + D.secondText, text: t.secondary },
    })),
    zoneNames: [
      { x: D.nameX, y: axisY + D.tickText, text: zones[0].label, second: false },
      ...(ticks.some((t) => t.secondary) ? [{ x: D.nameX, y: axisY + D.secondText, text: zones[1].label, second: true }] : []),
    ],
    dayRules: ticks.filter((t) => t.major).map((t) => t.x),
  }));
  return {
    height: tenth(layout.height + (options.roles ? options.roles * D.roleRow + D.roleGap : 0) + options.bandHeight),
    views,
    axis: { x1: WIDE.left, x2: WIDE.width - WIDE.right, y: axisY },
    trackNames: [
      { kind: 'main' as const, x: D.nameX, y: layout.tracks.main + D.trackNameDrop },
      ...(options.hasAsides ? [{ kind: 'aside' as const, x: D.nameX, y: layout.tracks.aside + D.trackNameDrop }] : []),
    ],
    ranges: layout.marks.flatMap((m) =>
      m.range
        ? [
            {
              kind: m.event.kind,
              x: tenth(m.range.x1),
              y: m.y - D.rangeHeight / 2,
              width: tenth(m.range.x2 - m.range.x1),
              height: D.rangeHeight,
              radius: D.rangeRadius,
            },
          ]
        : [],
    ),
    leaders: layout.marks.flatMap((m) =>
      m.label ? [{ of: m.event.id, x: tenth(m.x), y1: m.label.leaderTop, y2: m.y - D.leaderGap }] : [],
    ),
    marks: layout.marks.map((m) => ({
      event: m.event,
      shape: markShape(m.event.kind, tenth(m.x), m.y, D.mainRadius, D.asideRadius),
      label: m.label && { x: tenth(m.label.x), y: m.label.y, anchor: m.label.anchor, text: m.label.lines[0] },
    })),
    /** Where a person's role bars start, and the band of who held each office. */
    rolesTop: layout.height,
    bandTop: layout.height + D.bandGap,
  };
}

/** Where a tall tick's words sit, top and bottom, in the drawing's units (a line of text is about 14 high). */
function tallTickText(t: Tick & { y: number }): { top: number; bottom: number } {
  const D = TALL_DRAWING;
  const drop = t.major ? D.dayTextDrop : D.tickTextDrop;
  const last = t.secondary && !t.major ? D.secondTextDrop : drop;
  return { top: t.y + drop - 12, bottom: t.y + last + 4 };
}

/**
 * The ticks whose words can be read: where an axis is short (a person in one evening's events) the ticks
 * of a few hours would print on top of each other. The opening day and the day rules are kept first, then
 * the other ticks wherever their words clear every tick kept so far. Ticks are few (about one per 80 px).
 */
export function readableTallTicks<T extends Tick & { y: number; opening?: true }>(ticks: readonly T[]): T[] {
  const kept: { tick: T; top: number; bottom: number }[] = [];
  const clear = (box: { top: number; bottom: number }) => kept.every((k) => box.bottom + 2 <= k.top || box.top >= k.bottom + 2);
  for (const first of [true, false])
    for (const tick of ticks) {
      if (first !== Boolean(tick.major || tick.opening)) continue;
      const box = tallTickText(tick);
      if (clear(box)) kept.push({ tick, ...box });
    }
  return kept.map((k) => k.tick).sort((a, b) => a.y - b.y);
}

/** Everything the tall drawing prints; `views` are the tick sets in each zone order. */
export function tallDrawing<E extends Mark & Pick<DocEvent, 'highlight'>>(
  layout: TallLayout<E>,
  views: readonly { zones: readonly Zone[]; ticks: (Tick & { y: number; opening?: true })[] }[],
) {
  const D = TALL_DRAWING;
  return {
    height: tenth(layout.height),
    views: views.map(({ zones, ticks }) => ({
      zoneName: { x: D.zoneX, y: D.zoneY, text: zones[0].label },
      ticks: readableTallTicks(ticks).map((t) => ({
        major: t.major,
        /** The day the axis opens on is named at the top, with no tick of its own. */
        line:
          'opening' in t
            ? undefined
            : { x1: t.major ? D.ruleX : TALL.axis - D.tickLength, x2: t.major ? TALL.width : TALL.axis, y: tenth(t.y) },
        text: { x: TALL.axis - D.tickTextGap, y: tenth(t.y) + (t.major ? D.dayTextDrop : D.tickTextDrop), text: t.text },
        second: t.secondary && !t.major ? { x: TALL.axis - D.tickTextGap, y: tenth(t.y) + D.secondTextDrop, text: t.secondary } : undefined,
      })),
    })),
    axis: { x: TALL.axis, y1: layout.top, y2: tenth(layout.bottom) },
    ranges: layout.marks.flatMap((m) =>
      m.range
        ? [
            {
              kind: m.event.kind,
              x: TALL.axis - D.rangeWidth / 2,
              y: tenth(m.range.y1),
              width: D.rangeWidth,
              height: tenth(m.range.y2 - m.range.y1),
              radius: D.rangeRadius,
            },
          ]
        : [],
    ),
    marks: layout.marks.map((m) => ({
      event: m.event,
      hit: {
        x: TALL.axis - D.hitLeft,
        y: tenth(m.label.top),
        width: TALL.width - TALL.axis + D.hitLeft,
        height: m.label.height - D.hitShort,
      },
      leader: `M${TALL.axis + D.leaderStart} ${tenth(m.y)}L${TALL.labelLeft - D.leaderBend} ${tenth(m.y)}L${TALL.labelLeft - D.leaderEnd} ${tenth(
        m.label.top + m.label.height / 2 - D.leaderLift,
      )}`,
      shape: markShape(m.event.kind, TALL.axis, tenth(m.y), D.mainRadius, D.asideRadius),
      strong: Boolean(m.label.strong && m.event.highlight),
      lines: m.label.lines.map((text, i) => ({
        x: TALL.labelLeft,
        y: tenth(m.label.top + D.labelPad + (i + 1) * TALL.line - D.labelDescent),
        text,
      })),
    })),
  };
}
