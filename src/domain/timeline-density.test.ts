import { describe, expect, it } from 'vitest';
import { densityBins, eventsByDay, tallDensityRows, turningPoints } from './timeline-density';

const HOUR = 3_600_000;
const start = Date.UTC(2024, 0, 1, 12);
const story = (n: number, stepHours = 1) =>
  Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    epochMs: start + Math.round(i * stepHours * HOUR),
    kind: (i % 5 === 0 ? 'aside' : 'main') as 'main' | 'aside',
    highlight: i % 1000 === 0 ? (true as const) : undefined,
  }));

describe('densityBins', () => {
  it('counts 20,000 hourly events in at most 180 calendar bins, losing none', () => {
    const events = story(20_000);
    const span = { startMs: start - HOUR, endMs: events.at(-1)!.epochMs + HOUR };
    const { step, bins } = densityBins(events, span, 'UTC');
    expect(bins.length).toBeLessThanOrEqual(180);
    expect(step).toEqual({ unit: 'day', count: 7 });
    expect(bins.reduce((n, b) => n + b.main + b.aside, 0)).toBe(20_000);
    expect(bins.reduce((n, b) => n + b.aside, 0)).toBe(4_000);
    for (let i = 1; i < bins.length; i++) expect(bins[i].fromMs).toBe(bins[i - 1].untilMs);
    expect(bins[0].day).toBe('2024-01-01');
  });
  it('a story of days is counted per hour, on the zone’s clock', () => {
    const events = story(100);
    const { step, bins } = densityBins(events, { startMs: start - HOUR, endMs: start + 101 * HOUR }, 'America/New_York');
    expect(step).toEqual({ unit: 'hour', count: 1 });
    expect(bins.filter((b) => b.main + b.aside === 1)).toHaveLength(100);
  });
});

describe('turningPoints and eventsByDay', () => {
  it('keeps every turning point when few, and spreads the ones it keeps evenly when many', () => {
    expect(turningPoints(story(5_000))).toHaveLength(5);
    const many = story(100_000).map((e, i) => ({ ...e, highlight: i % 100 === 0 ? (true as const) : undefined }));
    const kept = turningPoints(many, 24);
    expect(kept).toHaveLength(24);
    expect(kept[0].id).toBe('e0');
    expect(kept.at(-1)!.id).toBe('e99900');
  });
  it('groups events by their day in the zone, in order', () => {
    const days = eventsByDay(story(48), 'UTC');
    expect([...days.keys()]).toEqual(['2024-01-01', '2024-01-02', '2024-01-03']);
    expect(days.get('2024-01-01')).toHaveLength(12);
    expect(days.get('2024-01-02')).toHaveLength(24);
  });
});

describe('tallDensityRows', () => {
  it('gives each bin a row, longer bars for more events, and room beneath for a turning point', () => {
    const bins = [
      { fromMs: 0, untilMs: 1, main: 4, aside: 0 },
      { fromMs: 1, untilMs: 2, main: 1, aside: 1 },
      { fromMs: 2, untilMs: 3, main: 0, aside: 0 },
      { fromMs: 3, untilMs: 4, main: 1, aside: 0 },
    ];
    const { rows, height } = tallDensityRows(bins, (b) => (b.fromMs === 1 ? '轉折' : undefined));
    expect(rows.map((r) => r.bar)).toEqual([120, 60, 0, 30]);
    expect(rows[1].y).toBe(rows[0].y + rows[0].height);
    expect(rows[1].height).toBeGreaterThan(rows[0].height);
    expect(height).toBeGreaterThan(rows[3].y + rows[3].height);
  });

  it('keeps a quiet stretch inside the story, but gives the empty margin before the first event and after the last no row', () => {
    const bin = (fromMs: number, main: number) => ({ fromMs, untilMs: fromMs + 1, main, aside: 0 });
    const { rows } = tallDensityRows([bin(0, 0), bin(1, 0), bin(2, 3), bin(3, 0), bin(4, 1), bin(5, 0)], () => undefined);
    expect(rows.map((r) => r.bin.fromMs)).toEqual([2, 3, 4]);
    expect(tallDensityRows([bin(0, 0)], () => undefined).rows).toEqual([]);
  });
});
