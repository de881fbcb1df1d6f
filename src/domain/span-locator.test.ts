import { describe, expect, it } from 'vitest';
import { toEpochMs } from './instant';
import { positionInSpan } from './span-locator';

const span = { fromMs: toEpochMs('2023-11-17T12:00:00-08:00'), toMs: toEpochMs('2023-11-21T22:00:00-08:00') }; // 106 hours
const at = (time: string, precision: 'minute' | 'hour' | 'part-of-day' | 'day' = 'minute') => ({
  epochMs: toEpochMs(time),
  precision,
  zone: 'America/Los_Angeles',
});

describe('positionInSpan', () => {
  it('puts the span’s ends at 0 and 1 and a minute-precise event at its share of the hours', () => {
    expect(positionInSpan(at('2023-11-17T12:00:00-08:00'), span)).toEqual({ from: 0, to: 0, point: true });
    expect(positionInSpan(at('2023-11-21T22:00:00-08:00'), span)).toEqual({ from: 1, to: 1, point: true });
    const p = positionInSpan(at('2023-11-19T17:00:00-08:00'), span);
    expect(p.from).toBeCloseTo(53 / 106);
    expect(p.point).toBe(true);
  });
  it('draws a day-only event as the stretch of its day, cut at the span’s edge', () => {
    const p = positionInSpan(at('2023-11-18T12:00:00-08:00', 'day'), span);
    expect(p.point).toBe(false);
    expect(p.from).toBeCloseTo(12 / 106);
    expect(p.to).toBeCloseTo(36 / 106);
    const first = positionInSpan(at('2023-11-17T09:00:00-08:00', 'day'), span);
    expect(first).toMatchObject({ from: 0, point: false });
    expect(first.outside).toBeUndefined();
  });
  it('says when an event lies wholly before or after the span, and draws it at that edge', () => {
    expect(positionInSpan(at('2023-11-16T20:00:00-08:00', 'part-of-day'), span)).toEqual({
      from: 0,
      to: 0,
      point: false,
      outside: 'before',
    });
    expect(positionInSpan(at('2023-11-29T12:00:00-08:00'), span)).toEqual({ from: 1, to: 1, point: true, outside: 'after' });
  });
  it('refuses an empty span', () => {
    expect(() => positionInSpan(at('2023-11-17T12:00:00-08:00'), { fromMs: span.fromMs, toMs: span.fromMs })).toThrow(/span/);
  });
});
