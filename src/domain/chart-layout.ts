// Geometry for the charts, free of Astro: where marks stack, where labels go so they never collide,
// what span an imprecise time covers. Widths are estimated from the text (a CJK character is 1 em).
import { calendarOf, wallClockToEpoch } from './time-axis';
import type { Precision } from './model';

/** Width of a text in ems: CJK and full-width characters 1, Latin letters and digits about half. */
export function textEms(text: string): number {
  let ems = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x2e80) ems += 1;
    else if (ch === ' ') ems += 0.3;
    else if (/[A-Z]/.test(ch)) ems += 0.65;
    else ems += 0.55;
  }
  return ems;
}

/** Splits a label into lines of at most `maxEms`, keeping Latin words whole; the last line ends in … when cut. */
export function wrapText(text: string, maxEms: number, maxLines = 2): string[] {
  const tokens = text.match(/[A-Za-z0-9’'.,-]+|\s+|./gu) ?? [];
  const lines: string[] = [''];
  for (const token of tokens) {
    const line = lines.at(-1)!;
    if (line && textEms(line + token) > maxEms) {
      if (lines.length === maxLines) {
        let cut = line.trimEnd();
        while (cut && textEms(`${cut}…`) > maxEms) cut = [...cut].slice(0, -1).join('');
        lines[lines.length - 1] = `${cut.trimEnd()}…`;
        return lines.map((l) => l.trim());
      }
      lines.push(/^\s+$/.test(token) ? '' : token);
    } else lines[lines.length - 1] = line + token;
  }
  return lines.map((l) => l.trim());
}

/**
 * The stretch of time an event's stated precision allows, in its own zone: a part of the day (凌晨, 上午,
 * 中午, 下午, 晚間) or the whole calendar day. Minute and hour precision are points: undefined.
 */
export function precisionRange(event: {
  epochMs: number;
  precision: Precision;
  zone: string;
}): { fromMs: number; untilMs: number } | undefined {
  if (event.precision === 'minute' || event.precision === 'hour') return undefined;
  const c = calendarOf(event.epochMs, event.zone);
  const day = { year: c.year, month: c.month, day: c.day };
  if (event.precision === 'day') {
    return { fromMs: wallClockToEpoch({ ...day, hour: 0 }, event.zone), untilMs: wallClockToEpoch({ ...day, hour: 24 }, event.zone) };
  }
  const parts = [0, 6, 12, 13, 18, 24];
  const i = parts.findLastIndex((h) => h <= c.hour);
  return {
    fromMs: wallClockToEpoch({ ...day, hour: parts[i] }, event.zone),
    untilMs: wallClockToEpoch({ ...day, hour: parts[i + 1] }, event.zone),
  };
}

/** For items sorted by position, the lowest lane where each fits without touching the one before it. */
export function stackLanes(items: readonly { from: number; to: number }[], gap = 0): number[] {
  const laneEnds: number[] = [];
  return items.map(({ from, to }) => {
    let lane = laneEnds.findIndex((end) => end + gap <= from);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = to;
    return lane;
  });
}

export interface PlacedLabel {
  row: number;
  anchor: 'start' | 'end';
  /** Where the text begins (start) or ends (end). */
  x: number;
  left: number;
  right: number;
}

/**
 * Labels beside points on a horizontal axis, in rows above the points so that none overlaps another and no
 * label's leader (a vertical line down from its row to its point) runs through another label: each label
 * starts at its point (or ends there, near the right edge). Placed from the right edge inward, each takes
 * the lowest row that is clear, so crowded labels climb like stairs toward the left and their leaders pass beside the
 * labels below them.
 */
export function placeLabels(
  items: readonly { x: number; width: number }[],
  bounds: { left: number; right: number },
  gap = 10,
): PlacedLabel[] {
  const placed: (PlacedLabel & { point: number })[] = [];
  const result: PlacedLabel[] = new Array(items.length);
  const anchorOf = ({ x, width }: { x: number; width: number }) => (x - 4 + width <= bounds.right ? 'start' : 'end');
  // Labels that end at their point (at the right edge) reach left, so those stairs climb the other way.
  const ends = items
    .map((_, i) => i)
    .filter((i) => anchorOf(items[i]) === 'end')
    .sort((a, b) => items[a].x - items[b].x);
  const starts = items
    .map((_, i) => i)
    .filter((i) => anchorOf(items[i]) === 'start')
    .sort((a, b) => items[b].x - items[a].x);
  for (const i of [...ends, ...starts]) {
    const { x, width } = items[i];
    const anchor = anchorOf(items[i]);
    const left = anchor === 'start' ? Math.max(bounds.left, x - 4) : x + 4 - width;
    const right = left + width;
    const fits = (row: number, leaders: boolean) =>
      placed.every((p) =>
        p.row === row
          ? right + gap <= p.left || left >= p.right + gap
          : !leaders || (p.row < row ? x < p.left - 2 || x > p.right + 2 : p.point < left - 2 || p.point > right + 2),
      );
    const rows = placed.reduce((n, p) => Math.max(n, p.row + 1), 0);
    let row = 0;
    while (row <= rows && !fits(row, true)) row++;
    // No row keeps every leader clear (a label covers this point): fall back to the first row it fits in.
    if (row > rows) for (row = 0; !fits(row, false); row++);
    const label = { row, anchor, x: anchor === 'start' ? left : right, left, right } as const;
    placed.push({ ...label, point: x });
    result[i] = label;
  }
  return result;
}

/**
 * Positions along one axis for boxes that want to sit at `wanted` (sorted), each `sizes[i]` long: as close
 * to where they want as possible, in the same order, never overlapping. The step that spreads a dense
 * cluster of labels beside a vertical timeline.
 */
export function spreadOut(wanted: readonly number[], sizes: readonly number[], start = -Infinity): number[] {
  // Boxes that would overlap form a cluster, centred on where its members want to be on average.
  const clusters: { first: number; last: number; top: number }[] = [];
  const offset = (c: { first: number }, j: number) => sizes.slice(c.first, j).reduce((a, b) => a + b, 0);
  const height = (c: { first: number; last: number }) => offset(c, c.last + 1);
  const idealTop = (c: { first: number; last: number }) => {
    let sum = 0;
    for (let j = c.first; j <= c.last; j++) sum += wanted[j] - offset(c, j);
    return Math.max(start, sum / (c.last - c.first + 1));
  };
  wanted.forEach((w, i) => {
    let cluster = { first: i, last: i, top: Math.max(start, w) };
    while (clusters.length && clusters.at(-1)!.top + height(clusters.at(-1)!) > cluster.top) {
      const previous = clusters.pop()!;
      cluster = { first: previous.first, last: cluster.last, top: 0 };
      cluster.top = idealTop(cluster);
    }
    clusters.push(cluster);
  });
  return clusters.flatMap((c) => Array.from({ length: c.last - c.first + 1 }, (_, k) => c.top + offset(c, c.first + k)));
}

/**
 * The cells `from`…`to` (0-based, `to` excluded) of a grid filled row by row, `columns` wide, as at most
 * three rectangles in cell units: the rest of a first row, the full rows, the start of a last row.
 */
export function cellRuns(from: number, to: number, columns: number): { col: number; row: number; cols: number; rows: number }[] {
  const runs: { col: number; row: number; cols: number; rows: number }[] = [];
  let at = from;
  if (at < to && at % columns !== 0) {
    const cols = Math.min(columns - (at % columns), to - at);
    runs.push({ col: at % columns, row: Math.floor(at / columns), cols, rows: 1 });
    at += cols;
  }
  const fullRows = Math.floor((to - at) / columns);
  if (fullRows > 0) {
    runs.push({ col: 0, row: at / columns, cols: columns, rows: fullRows });
    at += fullRows * columns;
  }
  if (at < to) runs.push({ col: 0, row: at / columns, cols: to - at, rows: 1 });
  return runs;
}
