import { describe, expect, it } from 'vitest';
import { toEpochMs } from './instant';
import { coarser, describeElapsed, wholeHours } from './duration';

const firing = toEpochMs('2023-11-17T12:00:00-08:00');

describe('the headline duration', () => {
  it('is 106 hours from the firing (noon Pacific, 17 Nov) to the return (14:03 Beijing, 22 Nov)', () => {
    expect(wholeHours(firing, toEpochMs('2023-11-22T14:03:00+08:00'))).toBe(106);
  });
});

describe('describeElapsed', () => {
  it('is exact to the minute when both ends are, the moment named first', () => {
    expect(describeElapsed(firing, toEpochMs('2023-11-17T12:23:00-08:00'), 'minute', '解僱')).toBe('解僱後 23 分鐘');
    expect(describeElapsed(firing, toEpochMs('2023-11-17T15:00:00-08:00'), 'minute', '解僱')).toBe('解僱後 3 小時');
    expect(describeElapsed(firing, toEpochMs('2023-11-21T22:03:00-08:00'), 'minute', '解僱')).toBe('解僱後 106 小時 3 分鐘');
  });
  it('is approximate when one end is vague, and says before', () => {
    expect(describeElapsed(firing, toEpochMs('2023-11-16T20:00:00-08:00'), 'part-of-day', '解僱')).toBe('解僱前約 16 小時');
    expect(describeElapsed(firing, toEpochMs('2023-11-18T18:00:00-08:00'), 'day', '解僱')).toBe('解僱後約 1 天');
    expect(describeElapsed(firing, toEpochMs('2023-11-17T20:00:00-08:00'), 'day', '解僱')).toBe('解僱當天');
    expect(describeElapsed(firing, firing, 'minute', '解僱')).toBe('與解僱同時');
  });
  it('takes the vaguer precision of two', () => {
    expect(coarser('minute', 'day')).toBe('day');
    expect(coarser('part-of-day', 'hour')).toBe('part-of-day');
  });
});
