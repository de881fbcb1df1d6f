// Geometry for the charts, free of Astro: where marks stack, where labels go so they never collide,
// what span an imprecise time covers. Widths are estimated from the text (a CJK character is 1 em).
import { calendarOf, wallClockToEpoch } from './time-zones';
import type { Precision } from './model';
import { FirstAtLeast, LowestCover, RangeMax, lowerBound, upperBound } from './slot-trees';

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

/**
 * Splits a label into lines of at most `maxEms`, keeping Latin words whole; the last line ends in … when cut.
 * `ems` measures a line as the reader will see it (in another script, its words can be longer).
 */
export function wrapText(text: string, maxEms: number, maxLines = 2, ems: (text: string) => number = textEms): string[] {
  const tokens = text.match(/[A-Za-z0-9’'.,-]+|\s+|./gu) ?? [];
  const lines: string[] = [''];
  for (const token of tokens) {
    const line = lines.at(-1)!;
    if (line && ems(line + token) > maxEms) {
      if (lines.length === maxLines) {
        let cut = line.trimEnd();
        while (cut && ems(`${cut}…`) > maxEms) cut = [...cut].slice(0, -1).join('');
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
  // Per lane −(its end + gap): a lane has room when that is ≥ −from; lanes not yet used have all the room.
  const room = new FirstAtLeast(items.length, Infinity);
  return items.map(({ from, to }) => {
    const lane = room.first(0, items.length - 1, -from);
    room.set(lane, -(to + gap));
    return lane;
  });
}

/**
 * Lanes for a track's marks (sorted by position) where each labelled mark's leader, which runs down from the
 * labels above through the lanes over its mark, crosses as few other marks as the moment allows: labelled
 * marks are stacked first, among themselves, and an unlabelled mark never takes a place in a lane above a
 * labelled one that its leader runs through (it goes further down instead). Two labelled marks of one
 * moment still stack, and the lower one's leader crosses the upper one. O(n log n) per lane tried; the
 * lanes tried are at most the marks of one crowded moment.
 */
export function stackLanesClearOfLeaders(
  items: readonly { from: number; to: number; x: number; labelled: boolean }[],
  leaderHalfWidth = 1.5,
): number[] {
  const lanes = new Array<number>(items.length);
  const labelled = items.flatMap((item, i) => (item.labelled ? [i] : []));
  stackLanes(labelled.map((i) => items[i])).forEach((lane, k) => (lanes[labelled[k]] = lane));
  // What each lane holds before the unlabelled marks come: labelled marks, and leader columns crossing it.
  const held: [number, number][][] = [];
  for (const i of labelled) {
    const { from, to, x } = items[i];
    (held[lanes[i]] ??= []).push([from, to]);
    for (let above = 0; above < lanes[i]; above++) (held[above] ??= []).push([x - leaderHalfWidth, x + leaderHalfWidth]);
  }
  const spans = held.map((list) => mergedSpans(list ?? []));
  const ends: number[] = [];
  const fits = (lane: number, from: number, to: number) => {
    if ((ends[lane] ?? -Infinity) > from) return false;
    const s = spans[lane];
    if (!s) return true;
    const k = upperBound(s.ends, from);
    return k >= s.starts.length || s.starts[k] >= to;
  };
  items.forEach(({ from, to, labelled: own }, i) => {
    if (own) return;
    let lane = 0;
    while (!fits(lane, from, to)) lane++;
    lanes[i] = lane;
    ends[lane] = to;
  });
  return lanes;
}

/** Intervals merged where they overlap, as sorted starts and ends. */
function mergedSpans(list: [number, number][]): { starts: number[]; ends: number[] } {
  const sorted = [...list].sort((a, b) => a[0] - b[0]);
  const starts: number[] = [];
  const ends: number[] = [];
  for (const [from, to] of sorted) {
    if (ends.length && from <= ends[ends.length - 1]) ends[ends.length - 1] = Math.max(ends[ends.length - 1], to);
    else {
      starts.push(from);
      ends.push(to);
    }
  }
  return { starts, ends };
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
 * Whether each label starts at its point (text to the right) or ends there (text to the left). A label
 * ends at its point where it would run past the right edge, and so does a label whose point lies under
 * a label that ends at its point, where it fits: the labels that start at their point are placed after
 * those that end there, and such a label would find no row whose leader stays clear (it would have to sit
 * below a label already placed, perhaps on the lowest row). Swept from the right, so a chain of such
 * labels turns in one pass: O(n log n) for the sort.
 */
export function labelAnchors(
  items: readonly { x: number; width: number }[],
  bounds: { left: number; right: number },
  reach = 4,
): ('start' | 'end')[] {
  const anchors = items.map(({ x, width }) => (x - reach + width <= bounds.right ? 'start' : 'end'));
  const fromRight = items.map((_, i) => i).sort((a, b) => items[b].x - items[a].x);
  // The leftmost edge of the labels seen so far that end at their point (each reaches left from there).
  let reachedLeft = Infinity;
  for (const i of fromRight) {
    const { x, width } = items[i];
    const endsHere = x + reach - width;
    if (anchors[i] === 'start' && reachedLeft - LEADER_MARGIN <= x && endsHere >= bounds.left) anchors[i] = 'end';
    if (anchors[i] === 'end') reachedLeft = Math.min(reachedLeft, endsHere);
  }
  return anchors;
}

/** A leader this close to a label's edge counts as running through it. */
const LEADER_MARGIN = 2;

/**
 * Labels beside points on a horizontal axis, in rows above the points so that none overlaps another and no
 * label's leader (a vertical line down from its row to its point) runs through another label: each label
 * starts at its point (or ends there, near the right edge). Placed from the right edge inward, each takes
 * the lowest row that is clear, so crowded labels climb like stairs toward the left and their leaders pass
 * beside the labels below them.
 *
 * O(n log n): the labels that end at their point are placed left to right and those that start there right
 * to left, so in each row only one edge matters (the rightmost end, or the leftmost start still in reach);
 * a tree over rows finds the lowest row whose edge leaves room, and trees over the points answer which
 * rows a leader may cross.
 *
 * `reach`: how far a label reaches back past its point (4 px by default, over its own leader). A negative
 * reach starts the text that far beyond the point, so labels of points at the same place stack with their
 * leaders beside them, not through them.
 */
export function placeLabels(
  items: readonly { x: number; width: number }[],
  bounds: { left: number; right: number },
  gap = 10,
  reach = 4,
): PlacedLabel[] {
  const n = items.length;
  const result: PlacedLabel[] = new Array(n);
  const anchors = labelAnchors(items, bounds, reach);
  const indices = items.map((_, i) => i);
  // Labels that end at their point (at the right edge) reach left, so those stairs climb the other way.
  const ends = indices.filter((i) => anchors[i] === 'end').sort((a, b) => items[a].x - items[b].x);
  const starts = indices.filter((i) => anchors[i] === 'start').sort((a, b) => items[b].x - items[a].x);

  // Points in order, for the leader rules: a label may not sit above a lower label that covers its point,
  // nor below a higher label whose leader drops through it.
  const byX = [...indices].sort((a, b) => items[a].x - items[b].x);
  const xs = Float64Array.from(byX, (i) => items[i].x);
  const rank = new Int32Array(n);
  byX.forEach((i, r) => (rank[i] = r));
  const lowestRowOver = new LowestCover(n);
  const highestRowBelow = new RangeMax(n);

  // Per row, a key that is ≥ the label's threshold when the row has room for it. While labels ending at
  // their point go left to right: −(rightmost right + gap), against −left. While labels starting at their
  // point go right to left: the leftmost left of what is still in reach, against right + gap.
  const rowRoom = new FirstAtLeast(n + 1, Infinity);
  let rows = 0;
  const endsByReach = [...ends];
  let reachable = 0;

  const place = (i: number, phase: 'end' | 'start') => {
    const { x, width } = items[i];
    const anchor = phase;
    const left = anchor === 'start' ? Math.max(bounds.left, x - reach) : x + reach - width;
    const right = left + width;
    if (phase === 'start') {
      // Labels already placed that end at their point come within reach as the sweep moves left past them.
      while (reachable < endsByReach.length && left < result[endsByReach[reachable]].right + gap) {
        const p = result[endsByReach[reachable++]];
        rowRoom.set(p.row, Math.min(rowRoom.get(p.row), p.left));
      }
    }
    const threshold = phase === 'start' ? right + gap : -left;
    const highest = Math.min(lowestRowOver.at(rank[i]), rows);
    const lowest = Math.max(0, highestRowBelow.over(lowerBound(xs, left - LEADER_MARGIN), upperBound(xs, right + LEADER_MARGIN) - 1));
    let row = rowRoom.first(lowest, highest, threshold);
    // No row keeps every leader clear (a label covers this point): fall back to the first row it fits in.
    if (row === -1) row = rowRoom.first(0, rows, threshold);
    rows = Math.max(rows, row + 1);
    rowRoom.set(row, phase === 'start' ? left : -(right + gap));
    lowestRowOver.cover(lowerBound(xs, left - LEADER_MARGIN), upperBound(xs, right + LEADER_MARGIN) - 1, row);
    highestRowBelow.set(rank[i], row);
    result[i] = { row, anchor, x: anchor === 'start' ? left : right, left, right };
  };
  for (const i of ends) place(i, 'end');
  for (let row = 0; row < rows; row++) rowRoom.set(row, Infinity);
  endsByReach.sort((a, b) => result[b].right - result[a].right);
  for (const i of starts) place(i, 'start');
  return result;
}

/**
 * Positions along one axis for boxes that want to sit at `wanted` (sorted), each `sizes[i]` long: as close
 * to where they want as possible, in the same order, never overlapping. The step that spreads a dense
 * cluster of labels beside a vertical timeline.
 */
export function spreadOut(wanted: readonly number[], sizes: readonly number[], start = -Infinity): number[] {
  // Boxes that would overlap form a cluster, centred on where its members want to be on average. A stack of
  // clusters, each with its height and the sum of (wanted − offset in the cluster) of its members, merges
  // in O(1), so the whole pass is linear.
  const clusters: { first: number; count: number; height: number; sum: number; top: number }[] = [];
  wanted.forEach((w, i) => {
    let cluster = { first: i, count: 1, height: sizes[i], sum: w, top: Math.max(start, w) };
    while (clusters.length && clusters.at(-1)!.top + clusters.at(-1)!.height > cluster.top) {
      const previous = clusters.pop()!;
      const sum = previous.sum + cluster.sum - cluster.count * previous.height;
      const count = previous.count + cluster.count;
      cluster = { first: previous.first, count, height: previous.height + cluster.height, sum, top: Math.max(start, sum / count) };
    }
    clusters.push(cluster);
  });
  const tops = new Array<number>(wanted.length);
  for (const c of clusters) {
    let at = c.top;
    for (let j = c.first; j < c.first + c.count; j++) {
      tops[j] = at;
      at += sizes[j];
    }
  }
  return tops;
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
