import { describe, expect, it } from 'vitest';
import { fill } from './fill';

describe('fill', () => {
  it('puts each value in its placeholder, as often as it occurs', () => {
    expect(fill('據報導以 {for}:{against} 通過', { for: 4, against: 2 })).toBe('據報導以 4:2 通過');
    expect(fill('{n} 與 {n}', { n: '甲' })).toBe('甲 與 甲');
  });
  it('leaves an unknown placeholder as written, so the mistake shows', () => {
    expect(fill('找到 {count} 筆', {})).toBe('找到 {count} 筆');
  });
});
