// The layout steps on inputs far larger than any story draws one by one: the results still hold their
// promises (no overlap, order kept, within bounds), and on small inputs they equal the original quadratic
// rules, kept here as the reference. Nothing is timed; a quadratic step would make these tests crawl.
import { describe, expect, it } from 'vitest';
import { placeLabels, spreadOut, stackLanes, type PlacedLabel } from './chart-layout';

/** mulberry32: the same numbers on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The rules as first written: every row for every label, against every placed label. */
function placeLabelsByHand(items: readonly { x: number; width: number }[], bounds: { left: number; right: number }, gap = 10) {
  const placed: (PlacedLabel & { point: number })[] = [];
  const result: PlacedLabel[] = new Array(items.length);
  // A label ends at its point near the right edge, or where a label ending at its point covers its point
  // (and it fits): repeated until nothing changes.
  const anchors = items.map(({ x, width }) => (x - 4 + width <= bounds.right ? 'start' : 'end'));
  for (let changed = true; changed;) {
    changed = false;
    items.forEach(({ x, width }, i) => {
      const covered = items.some((o, j) => anchors[j] === 'end' && o.x >= x && o.x + 4 - o.width - 2 <= x);
      if (anchors[i] === 'start' && covered && x + 4 - width >= bounds.left) {
        anchors[i] = 'end';
        changed = true;
      }
    });
  }
  const anchorOf = (item: { x: number; width: number }) => anchors[items.indexOf(item)];
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
    if (row > rows) for (row = 0; !fits(row, false); row++);
    const label = { row, anchor, x: anchor === 'start' ? left : right, left, right } as const;
    placed.push({ ...label, point: x });
    result[i] = label;
  }
  return result;
}

function spreadOutByHand(wanted: readonly number[], sizes: readonly number[], start = -Infinity): number[] {
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

function stackLanesByHand(items: readonly { from: number; to: number }[], gap = 0): number[] {
  const laneEnds: number[] = [];
  return items.map(({ from, to }) => {
    let lane = laneEnds.findIndex((end) => end + gap <= from);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = to;
    return lane;
  });
}

const labels = (n: number, seed: number, span = 1000) => {
  const next = random(seed);
  // Whole and half pixels, so that ties and touching edges occur as they do in charts.
  return Array.from({ length: n }, () => ({ x: Math.round(next() * span * 2) / 2, width: 20 + Math.round(next() * 160) }));
};

describe('placeLabels at scale', () => {
  it('places exactly as the original rules on many small charts', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const items = labels(1 + (seed % 40), seed);
      expect(placeLabels(items, { left: 0, right: 1000 }), `seed ${seed}`).toEqual(placeLabelsByHand(items, { left: 0, right: 1000 }));
      expect(placeLabels(items, { left: 50, right: 900 }, 6), `seed ${seed}, gap 6`).toEqual(
        placeLabelsByHand(items, { left: 50, right: 900 }, 6),
      );
    }
  });

  it('10,000 labels: none overlaps another in its row, each starts or ends at its point, all within bounds', () => {
    const items = labels(10_000, 42);
    const bounds = { left: 0, right: 1000 };
    const placed = placeLabels(items, bounds);
    const byRow = new Map<number, PlacedLabel[]>();
    const wrong: string[] = [];
    placed.forEach((p, i) => {
      if (p.right - p.left !== items[i].width) wrong.push(`${i}: width`);
      if (p.anchor === 'start' ? p.left !== Math.max(0, items[i].x - 4) : p.right !== items[i].x + 4) wrong.push(`${i}: not at its point`);
      if (p.anchor === 'start' ? p.right > bounds.right : p.left < bounds.left - 4) wrong.push(`${i}: out of bounds`);
      if (!byRow.has(p.row)) byRow.set(p.row, []);
      byRow.get(p.row)!.push(p);
    });
    for (const [r, row] of byRow) {
      row.sort((a, b) => a.left - b.left);
      for (let k = 1; k < row.length; k++) if (row[k].left < row[k - 1].right + 10) wrong.push(`row ${r}: overlap at ${row[k].left}`);
    }
    expect(wrong).toEqual([]);
    // Rows are used from the bottom up, with none skipped.
    expect([...byRow.keys()].sort((a, b) => a - b)).toEqual([...byRow.keys()].map((_, k) => k));
  });
});

describe('spreadOut at scale', () => {
  it('equals the original rules on many small inputs', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = random(seed);
      const n = 1 + (seed % 30);
      const wanted = Array.from({ length: n }, () => Math.round(next() * 400)).sort((a, b) => a - b);
      const sizes = wanted.map(() => 10 + Math.round(next() * 30));
      const mine = spreadOut(wanted, sizes, 0);
      spreadOutByHand(wanted, sizes, 0).forEach((at, i) => expect(mine[i]).toBeCloseTo(at, 9));
    }
  });

  it('10,000 boxes wanting nearly the same place: in order, none overlapping, none above the start, centred', () => {
    const next = random(7);
    const wanted = Array.from({ length: 10_000 }, () => 5000 + next() * 50).sort((a, b) => a - b);
    const sizes = wanted.map(() => 20 + Math.round(next() * 20));
    const at = spreadOut(wanted, sizes, 0);
    expect(at[0]).toBeGreaterThanOrEqual(0);
    for (let i = 1; i < at.length; i++) expect(at[i]).toBeCloseTo(at[i - 1] + sizes[i - 1], 6);
    // One cluster, pushed down by the start: it begins at the start exactly.
    expect(at[0]).toBe(0);
  });

  it('10,000 boxes spread over a long axis stay in order, never overlap, and stay near where they want to be', () => {
    const next = random(9);
    const wanted = Array.from({ length: 10_000 }, () => next() * 1_000_000).sort((a, b) => a - b);
    const sizes = wanted.map(() => 20 + Math.round(next() * 20));
    const at = spreadOut(wanted, sizes);
    for (let i = 1; i < at.length; i++) expect(at[i]).toBeGreaterThanOrEqual(at[i - 1] + sizes[i - 1] - 1e-6);
    const meanShift = at.reduce((s, a, i) => s + Math.abs(a - wanted[i]), 0) / at.length;
    expect(meanShift).toBeLessThan(100);
  });
});

describe('stackLanes at scale', () => {
  it('equals the original rules, and 10,000 crowded marks never share a lane while they touch', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const next = random(seed);
      const items = Array.from({ length: 1 + (seed % 50) }, () => next() * 500)
        .sort((a, b) => a - b)
        .map((x) => ({ from: x - 9, to: x + 9 }));
      expect(stackLanes(items, 2)).toEqual(stackLanesByHand(items, 2));
    }
    const next = random(3);
    const items = Array.from({ length: 10_000 }, () => next() * 1000)
      .sort((a, b) => a - b)
      .map((x) => ({ from: x - 9, to: x + 9 }));
    const lanes = stackLanes(items);
    const lastEnd = new Map<number, number>();
    items.forEach((item, i) => {
      expect(item.from).toBeGreaterThanOrEqual(lastEnd.get(lanes[i]) ?? -Infinity);
      lastEnd.set(lanes[i], item.to);
    });
  });
});
