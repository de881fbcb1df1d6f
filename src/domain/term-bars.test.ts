import { describe, expect, it } from 'vitest';
import { termBars } from './term-bars';

describe('termBars', () => {
  const terms = [
    { holder: 'a', untilMs: 10 },
    { holder: 'b', fromMs: 10, untilMs: 60 },
    { holder: 'a', fromMs: 60 },
  ];
  const bars = termBars(
    terms,
    (t) => t * 10,
    0,
    1000,
    (h, hours) => (hours === undefined ? h : `${h} ${hours}`),
    17,
  );

  it('runs open terms to the edges and closed ones between their ends', () => {
    expect(bars.map((b) => [b.x1, b.x2])).toEqual([
      [0, 100],
      [100, 600],
      [600, 1000],
    ]);
  });

  it('gives a person the same colour each time they hold the office', () => {
    expect(bars.map((b) => b.colour)).toEqual([0, 1, 0]);
  });

  it('says whether the label fits inside its bar', () => {
    expect(bars.every((b) => b.inside)).toBe(true);
    expect(
      termBars(
        terms,
        (t) => t,
        0,
        100,
        (h) => `${h}很長的名字`,
      )[1].inside,
    ).toBe(false);
  });
});
