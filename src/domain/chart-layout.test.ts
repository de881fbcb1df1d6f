import { describe, expect, it } from 'vitest';
import { cellRuns, placeLabels, precisionRange, spreadOut, stackLanes, stackLanesClearOfLeaders, textEms, wrapText } from './chart-layout';
import { toEpochMs } from './instant';

describe('textEms and wrapText', () => {
  it('counts a CJK character as one em and Latin as about half', () => {
    expect(textEms('解僱')).toBe(2);
    expect(textEms('Meet')).toBeCloseTo(0.65 + 3 * 0.55);
  });
  it('wraps at the width, keeps Latin words whole, and cuts with … after the last line', () => {
    expect(wrapText('開會用 Google Meet，不用 Teams', 8)).toEqual(['開會用 Google', 'Meet，不用…']);
    expect(wrapText('董事會解僱阿爾特曼', 20)).toEqual(['董事會解僱阿爾特曼']);
  });
});

describe('precisionRange: honest about what is known', () => {
  const pt = (time: string, precision: 'minute' | 'part-of-day' | 'day') => ({
    epochMs: toEpochMs(time),
    precision,
    zone: 'America/Los_Angeles',
  });
  it('a minute is a point', () => expect(precisionRange(pt('2023-11-17T12:00:00-08:00', 'minute'))).toBeUndefined());
  it('a day is the whole calendar day in the event’s zone', () => {
    expect(precisionRange(pt('2023-11-20T21:30:00-08:00', 'day'))).toEqual({
      fromMs: toEpochMs('2023-11-20T00:00:00-08:00'),
      untilMs: toEpochMs('2023-11-21T00:00:00-08:00'),
    });
  });
  it('“evening” is 18:00 to midnight', () => {
    expect(precisionRange(pt('2023-11-16T20:00:00-08:00', 'part-of-day'))).toEqual({
      fromMs: toEpochMs('2023-11-16T18:00:00-08:00'),
      untilMs: toEpochMs('2023-11-17T00:00:00-08:00'),
    });
  });
});

describe('stackLanes', () => {
  it('puts overlapping marks in lanes and reuses a lane once it is free', () => {
    expect(
      stackLanes([
        { from: 0, to: 10 },
        { from: 5, to: 15 },
        { from: 8, to: 18 },
        { from: 12, to: 20 },
      ]),
    ).toEqual([0, 1, 2, 0]);
  });
});

describe('stackLanesClearOfLeaders', () => {
  const mark = (x: number, labelled = false) => ({ from: x - 9, to: x + 9, x, labelled });
  it('stacks labelled marks first, so an earlier unlabelled mark of the moment goes below them', () => {
    // Greedy stacking would put the unlabelled mark at 100 on top and the labelled one at 104 under it.
    expect(stackLanesClearOfLeaders([mark(100), mark(104, true)])).toEqual([1, 0]);
  });
  it('never puts an unlabelled mark across the leader of a labelled mark below it', () => {
    // 200 and 212 are labelled and crowd each other: 212 goes to lane 1, its leader runs down through lane 0
    // at 210.5–213.5. The unlabelled 220 (211–229) would fit in lane 0 after 200 but for that leader, so it
    // goes below both; the unlabelled 240 is clear of it and takes lane 0.
    const lanes = stackLanesClearOfLeaders([mark(200, true), mark(212, true), mark(220), mark(240)]);
    expect(lanes).toEqual([0, 1, 2, 0]);
  });
  it('on a large input, no unlabelled mark ever sits across a leader, and no two marks of a lane touch', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => mark(i * 7 + ((i * 37) % 11), i % 13 === 0));
    const lanes = stackLanesClearOfLeaders(items);
    const byLane = new Map<number, number[]>();
    items.forEach((_, i) => byLane.set(lanes[i], [...(byLane.get(lanes[i]) ?? []), i]));
    for (const members of byLane.values()) {
      const sorted = members.map((i) => items[i]).sort((a, b) => a.from - b.from);
      for (let k = 1; k < sorted.length; k++) expect(sorted[k].from).toBeGreaterThanOrEqual(sorted[k - 1].to);
    }
    const crossings = items.flatMap((leader, i) =>
      leader.labelled ? items.filter((m, j) => !m.labelled && lanes[j] < lanes[i] && m.from < leader.x + 1.5 && m.to > leader.x - 1.5) : [],
    );
    expect(crossings).toEqual([]);
  });
});

describe('placeLabels', () => {
  it('never lets two labels overlap, and turns a label near the right edge to end at its point', () => {
    const placed = placeLabels(
      [
        { x: 100, width: 120 },
        { x: 150, width: 120 },
        { x: 300, width: 50 },
        { x: 980, width: 120 },
      ],
      { left: 0, right: 1000 },
    );
    expect(placed.map((p) => p.row)).toEqual([1, 0, 0, 0]);
    expect(placed[3]).toMatchObject({ anchor: 'end', right: 984 });
    for (const a of placed)
      for (const b of placed) if (a !== b && a.row === b.row) expect(a.right <= b.left || b.right <= a.left).toBe(true);
  });

  it('keeps every leader (from a label down to its point) clear of the labels in the rows below it', () => {
    const items = [100, 130, 160, 190, 400, 420, 440, 700, 960, 975].map((x) => ({ x, width: 90 }));
    const placed = placeLabels(items, { left: 0, right: 1000 });
    for (const [i, a] of placed.entries()) {
      for (const b of placed) {
        if (b.row < a.row)
          expect(items[i].x < b.left || items[i].x > b.right, `leader at ${items[i].x} through [${b.left}, ${b.right}]`).toBe(true);
      }
    }
    expect(Math.max(...placed.map((p) => p.row))).toBeLessThan(5);
  });

  it('turns a label whose point lies under a label ending at its point, so its leader does not cross it', () => {
    // The crowd at the right edge of the 20 November close-up: three labels end at their points, and the
    // label of an earlier moment (x = 700) would start under the first of them.
    const items = [
      { x: 700, width: 100 },
      { x: 800, width: 150 },
      { x: 820, width: 200 },
      { x: 850, width: 200 },
    ];
    const placed = placeLabels(items, { left: 0, right: 1000 });
    expect(placed.map((p) => p.anchor)).toEqual(['end', 'end', 'end', 'end']);
    for (const [i, a] of placed.entries())
      for (const b of placed) if (b.row < a.row) expect(items[i].x < b.left - 2 || items[i].x > b.right + 2).toBe(true);
    // Where ending at its point would run past the left edge, the label still starts there.
    const nearLeft = placeLabels(
      [
        { x: 50, width: 100 },
        { x: 120, width: 950 },
      ],
      { left: 0, right: 1000 },
    );
    expect(nearLeft.map((p) => p.anchor)).toEqual(['start', 'end']);
  });
});

describe('spreadOut', () => {
  it('leaves lone boxes where they want to be', () => {
    expect(spreadOut([0, 100, 200], [30, 30, 30])).toEqual([0, 100, 200]);
  });
  it('centres a dense cluster on where it wants to be, in order, without overlap, below the start', () => {
    const at = spreadOut([100, 101, 102], [30, 30, 30], 0);
    expect(at).toEqual([71, 101, 131]);
    expect(spreadOut([5, 6, 7], [30, 30, 30], 0)).toEqual([0, 30, 60]);
  });
});

describe('cellRuns', () => {
  it('covers exactly the cells asked for, in at most three rectangles', () => {
    const runs = cellRuns(743, 747, 35);
    expect(runs).toEqual([{ col: 8, row: 21, cols: 4, rows: 1 }]);
    const all = cellRuns(0, 743, 35);
    expect(all).toEqual([
      { col: 0, row: 0, cols: 35, rows: 21 },
      { col: 0, row: 21, cols: 8, rows: 1 },
    ]);
    const rest = cellRuns(747, 770, 35);
    expect(rest.reduce((n, r) => n + r.cols * r.rows, 0)).toBe(23);
    expect(cellRuns(30, 110, 35)).toHaveLength(3);
  });
});
