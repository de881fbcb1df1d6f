import { describe, expect, it } from 'vitest';
import { OPENING_DAY_ROOM, tallLayout, withOpeningDay } from './timeline-chart';

const HOUR = 3_600_000;
const start = Date.UTC(2023, 10, 17, 8);
const zones = [{ zone: 'America/Los_Angeles' }, { zone: 'Asia/Shanghai' }];
const events = (times: number[]) =>
  times.map((t, i) => ({
    id: `e${i}`,
    kind: 'main' as const,
    epochMs: start + t * HOUR,
    precision: 'minute' as const,
    zone: 'America/Los_Angeles',
    claim: 'fact' as const,
    title: i % 3 === 0 ? '董事會在視訊會議上解僱執行長並宣布由技術長暫代' : `事件 ${i}`,
  }));

/** What a phone reader would notice: overlaps, labels crossed by a day rule, labels away from their mark. */
function problems(layout: ReturnType<typeof tallLayout>) {
  const found: string[] = [];
  const rules = layout.ticks.filter((t) => t.major).map((t) => t.y);
  const marks = layout.marks;
  for (let i = 0; i < marks.length; i++) {
    const { top, height } = marks[i].label;
    if (i > 0 && top < marks[i - 1].label.top + marks[i - 1].label.height - 1e-6) found.push(`${i} overlaps ${i - 1}`);
    for (const y of rules) if (y > top && y < top + height) found.push(`a rule crosses ${i}`);
    if (top > marks[i].y || top + height < marks[i].y) {
      // Only events of one moment share a mark height, their labels stacked around it.
      const sameMoment = marks.filter((m) => m.event.epochMs === marks[i].event.epochMs);
      const first = sameMoment[0].label.top;
      const last = sameMoment.at(-1)!.label;
      if (first > marks[i].y || last.top + last.height < marks[i].y) found.push(`${i} is away from its mark`);
    }
    if (i > 0 && marks[i].y < marks[i - 1].y) found.push(`${i} is above the mark before it`);
  }
  return found;
}

describe('tallLayout: the phone timeline', () => {
  it('labels a crowded evening level with its marks, none overlapping, none across a day rule', () => {
    const layout = tallLayout(events([0, 0.1, 0.2, 0.3, 0.5, 0.5, 0.5, 15.9, 16, 16.05, 40, 41]), () => undefined, zones);
    expect(problems(layout)).toEqual([]);
    // A lone event's label is centred on its mark: a straight leader.
    const lone = layout.marks[10];
    expect(lone.label.top + lone.label.height / 2).toBeCloseTo(lone.y, 6);
  });

  it('holds for 10,000 events over 100 days', () => {
    const times = Array.from({ length: 10_000 }, (_, i) => Math.floor(i * 0.24 * 10) / 10);
    const layout = tallLayout(events(times), () => undefined, zones);
    expect(layout.marks).toHaveLength(10_000);
    expect(problems(layout)).toEqual([]);
  });
});

describe('withOpeningDay: a phone timeline names the day it opens on', () => {
  const pacific = 'America/Los_Angeles';
  const noon19 = Date.UTC(2023, 10, 19, 20); // 19 Nov 12:00 Pacific
  const midnight20 = Date.UTC(2023, 10, 20, 8);
  const hours = { unit: 'hour', count: 6 } as const;

  it('names the first day at the top when the axis opens in the middle of a day', () => {
    const ticks = [{ epochMs: midnight20, text: '11月20日', major: true, y: 200 }];
    const [opening, ...rest] = withOpeningDay(ticks, { epochMs: noon19, y: 40 }, pacific, hours);
    expect(opening).toMatchObject({ text: '11月19日', y: 40, opening: true });
    expect(rest).toEqual(ticks);
  });

  it('adds nothing when a day tick already sits at the top', () => {
    const ticks = [{ epochMs: midnight20, text: '11月20日', major: true, y: 40 + OPENING_DAY_ROOM - 1 }];
    expect(withOpeningDay(ticks, { epochMs: midnight20, y: 40 }, pacific, hours)).toEqual(ticks);
  });

  it('adds nothing to an axis of months or years, whose ticks already say when', () => {
    const ticks = [{ epochMs: midnight20, text: '12月', major: false, y: 300 }];
    expect(withOpeningDay(ticks, { epochMs: noon19, y: 40 }, pacific, { unit: 'month', count: 1 })).toEqual(ticks);
  });
});
