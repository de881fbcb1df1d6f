import { describe, expect, it } from 'vitest';
import { tallLayout, wideAxis, wideLayout, wideScale, TALL, WIDE } from './timeline-chart';
import {
  LABEL_ALL_MAX,
  LABEL_ALL_STRETCH_MAX,
  TALL_DRAWING,
  WIDE_DRAWING,
  labelPolicy,
  officeBandsHeight,
  tallDrawing,
  timelineEvents,
  wideDrawing,
} from './timeline-drawing';

const HOUR = 3_600_000;
const start = Date.UTC(2023, 10, 17, 20);
const zones = [
  { zone: 'America/Los_Angeles', label: '太平洋時間' },
  { zone: 'Asia/Shanghai', label: '北京時間' },
];
const events = [0, 1, 1.2, 5, 30, 31].map((h, i) => ({
  id: `e${i}`,
  kind: i === 2 ? ('aside' as const) : ('main' as const),
  epochMs: start + h * HOUR,
  precision: i === 4 ? ('part-of-day' as const) : ('minute' as const),
  zone: 'America/Los_Angeles',
  claim: 'fact' as const,
  title: `事件 ${i}`,
  highlight: i === 0 ? '開端' : undefined,
}));

describe('labelPolicy', () => {
  it('labels every event of a small chart, only the turning points of a larger one, a turning point by its short label', () => {
    const small = labelPolicy(LABEL_ALL_MAX, false);
    expect(small(events[1])).toBe('事件 1');
    expect(small(events[0])).toBe('開端');
    const large = labelPolicy(LABEL_ALL_MAX + 1, false);
    expect(large(events[1])).toBeUndefined();
    expect(large(events[0])).toBe('開端');
    // A stretch of the story labels more of its events before it keeps to its turning points.
    expect(labelPolicy(LABEL_ALL_STRETCH_MAX, true)(events[1])).toBe('事件 1');
    expect(labelPolicy(LABEL_ALL_STRETCH_MAX + 1, true)(events[1])).toBeUndefined();
  });
});

describe('timelineEvents', () => {
  const byPerson = (id: string) => (id === 'p' ? [events[1]] : undefined);
  it('takes a stretch between two events, both included, or a person’s own, or the whole story', () => {
    expect(timelineEvents(events, { from: 'e1', to: 'e3', byPerson })).toEqual({ events: events.slice(1, 4), stretch: true });
    expect(timelineEvents(events, { from: 'e4', byPerson }).events).toEqual(events.slice(4));
    expect(timelineEvents(events, { person: 'p', byPerson })).toEqual({ events: [events[1]], stretch: false });
    expect(timelineEvents(events, { person: 'nobody', byPerson }).events).toEqual([]);
    expect(timelineEvents(events, { byPerson }).events).toEqual(events);
  });
  it('names the prop whose id matches no event', () => {
    expect(() => timelineEvents(events, { to: 'e9', byPerson })).toThrow('<Timeline to="e9">: no event has this id');
  });
});

describe('wideDrawing', () => {
  const scale = wideScale(events);
  const labelOf = labelPolicy<(typeof events)[number]>(events.length, false);
  const layout = wideLayout(events, labelOf, scale, zones);
  const axes = [zones, [zones[1], zones[0]]].map((order) => ({ zones: order, ...wideAxis(scale, order) }));
  const drawn = wideDrawing(layout, axes, { roles: 2, bandHeight: officeBandsHeight(1), hasAsides: true });

  it('makes room under the axis for the roles and the office band', () => {
    expect(drawn.height).toBe(layout.height + 2 * WIDE_DRAWING.roleRow + WIDE_DRAWING.roleGap + officeBandsHeight(1));
    expect(officeBandsHeight(0)).toBe(0);
    expect(drawn.rolesTop).toBe(layout.height);
    expect(drawn.bandTop).toBe(layout.height + WIDE_DRAWING.bandGap);
  });

  it('draws each leader from its label down to just above its mark, at the mark’s x', () => {
    expect(drawn.leaders.length).toBe(events.length);
    for (const leader of drawn.leaders) {
      const mark = layout.marks.find((m) => m.event.id === leader.of)!;
      expect(leader.y2).toBe(mark.y - WIDE_DRAWING.leaderGap);
      expect(leader.y1).toBeLessThan(leader.y2);
      expect(Math.abs(leader.x - mark.x)).toBeLessThanOrEqual(0.05);
    }
  });

  it('sets each zone order’s tick labels under the axis and names its zones at the left', () => {
    for (const view of drawn.views) {
      for (const t of view.ticks) {
        expect(t.text.y).toBe(layout.axisY + WIDE_DRAWING.tickText);
        if (t.second) expect(t.second.y).toBeGreaterThan(t.text.y);
        expect(t.line.y2).toBeGreaterThan(layout.axisY);
      }
      expect(view.zoneNames[0].x).toBe(WIDE_DRAWING.nameX);
    }
    expect(drawn.views.map((v) => v.zoneNames[0].text)).toEqual(['太平洋時間', '北京時間']);
    expect(drawn.axis).toEqual({ x1: WIDE.left, x2: WIDE.width - WIDE.right, y: layout.axisY });
  });

  it('draws a circle for a main event and a diamond for an aside, and a range bar centred on its mark', () => {
    expect(drawn.marks.find((m) => m.event.kind === 'main')!.shape).toMatch(/^M[\d.]+ \d+a8 8 0 1 0 16 0a8 8 0 1 0-16 0z$/);
    expect(drawn.marks.find((m) => m.event.kind === 'aside')!.shape).toMatch(/l7 7-7 7-7-7z$/);
    const range = drawn.ranges[0];
    const mark = layout.marks.find((m) => m.range)!;
    expect(range.y + range.height / 2).toBe(mark.y);
  });
});

describe('tallDrawing', () => {
  const labelOf = labelPolicy<(typeof events)[number]>(events.length, false);
  const layout = tallLayout(events, labelOf, zones);
  const drawn = tallDrawing(layout, [{ zones, ticks: layout.ticksIn(zones) }]);

  it('joins each mark to the middle of its label by a leader, and makes the whole row a tap target', () => {
    drawn.marks.forEach((m, i) => {
      const { top, height } = layout.marks[i].label;
      expect(m.leader.startsWith(`M${TALL.axis + TALL_DRAWING.leaderStart} `)).toBe(true);
      expect(m.leader.endsWith(` ${Math.round((top + height / 2 - TALL_DRAWING.leaderLift) * 10) / 10}`)).toBe(true);
      expect(m.hit.width).toBe(TALL.width - TALL.axis + TALL_DRAWING.hitLeft);
      for (const line of m.lines) {
        expect(line.x).toBe(TALL.labelLeft);
        expect(line.y).toBeGreaterThan(top);
        expect(line.y).toBeLessThan(top + height);
      }
    });
  });

  it('rules a day across the drawing and names it under the rule; minor ticks stay at the axis', () => {
    const [view] = drawn.views;
    const day = view.ticks.find((t) => t.major)!;
    expect(day.line).toMatchObject({ x1: TALL_DRAWING.ruleX, x2: TALL.width });
    expect(day.text.y - day.line!.y).toBe(TALL_DRAWING.dayTextDrop);
    const minor = view.ticks.find((t) => !t.major && t.line)!;
    expect(minor.line!.x2).toBe(TALL.axis);
    expect(view.zoneName.text).toBe('太平洋時間');
  });

  it('drops ticks whose words would print over others on a short axis, keeping the day first', () => {
    // One evening's event: the axis is a few hours long and a handful of pixels per hour.
    const one = [{ ...events[4], id: 'evening' }];
    const short = tallLayout(one, labelOf, zones);
    const all = short.ticksIn(zones);
    const shown = tallDrawing(short, [{ zones, ticks: all }]).views[0].ticks;
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all.length);
    const boxes = shown.map((t) => ({ top: t.text.y - 12, bottom: (t.second?.y ?? t.text.y) + 4 }));
    for (let i = 1; i < boxes.length; i++) expect(boxes[i].top).toBeGreaterThanOrEqual(boxes[i - 1].bottom);
    expect(shown[0].major || shown[0].line === undefined).toBe(true);
  });
});
