import { describe, expect, it } from 'vitest';
import { calendarRow, CELL_PADDING } from './day-axis';
import { textEms } from './chart-layout';
import { toEpochMs } from './instant';
import { timeScale } from './time-axis';

const firing = toEpochMs('2023-11-17T12:00:00-08:00');
const returned = toEpochMs('2023-11-21T22:03:00-08:00');
const scale = timeScale([firing, returned], 1000, 2);
const at = (t: number) => scale.x(t);
const width = (text: string) => textEms(text) * 15;

describe('calendarRow', () => {
  it('cuts the span at each midnight of the zone and names each day that has room', () => {
    const row = calendarRow(scale, at, 'America/Los_Angeles', width);
    expect(row.rules).toEqual([18, 19, 20, 21, 22].map((d) => at(toEpochMs(`2023-11-${d}T00:00:00-08:00`))));
    expect(row.cells.map((c) => c.label)).toEqual(['11月17日', '11月18日', '11月19日', '11月20日', '11月21日', undefined]);
    expect(row.cells.map((c) => c.shaded)).toEqual([false, true, false, true, false, true]);
    expect(row.cells[0].x1).toBe(0);
    expect(row.cells.at(-1)!.x2).toBe(1000);
  });

  it('in the other zone the days are Beijing days, cut at Beijing midnight', () => {
    const row = calendarRow(scale, at, 'Asia/Shanghai', width);
    expect(row.rules[0]).toBeCloseTo(at(toEpochMs('2023-11-19T00:00:00+08:00')), 9);
    expect(row.cells[1].label).toBe('11月19日');
  });

  it('shortens a name to its day where the full one does not fit, and drops it where neither does', () => {
    const narrow = (t: number) => scale.x(t) * 0.34;
    const row = calendarRow(scale, narrow, 'America/Los_Angeles', (text) => textEms(text) * 12);
    for (const c of row.cells) if (c.label) expect(width(c.label) * (12 / 15) + 2 * CELL_PADDING).toBeLessThanOrEqual(c.x2 - c.x1);
    // The phone's strip: the afternoon of the 17th is named by its day only, the last hours not at all.
    expect(row.cells.map((c) => c.label)).toEqual(['17日', '11月18日', '11月19日', '11月20日', '11月21日', undefined]);
  });

  it('a story of years is cut into coarser cells, never one per day', () => {
    const long = timeScale([toEpochMs('2015-12-11T00:00:00Z'), toEpochMs('2023-11-22T00:00:00Z')], 1000);
    const row = calendarRow(long, (t) => long.x(t), 'UTC', width);
    expect(row.cells.length).toBeLessThanOrEqual(32);
    expect(row.cells.some((c) => c.label?.endsWith('年'))).toBe(true);
  });
});
