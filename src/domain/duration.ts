import type { Precision } from './model';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Whole hours between two moments, rounded down, as a headline states it ("106 小時"). */
export function wholeHours(fromMs: number, toMs: number): number {
  return Math.floor(Math.abs(toMs - fromMs) / HOUR);
}

/**
 * How long before or after a reference moment (named by `moment`, e.g. 解僱) something happened, as
 * precise as the less precise of the two allows: "解僱後 2 小時 23 分鐘", "解僱前約 16 小時",
 * "與解僱同時", "解僱當天". The moment comes first, as Chinese says it (not 距解僱…後, which says it twice).
 */
export function describeElapsed(fromMs: number, toMs: number, precision: Precision, moment: string): string {
  const diff = toMs - fromMs;
  const direction = diff >= 0 ? '後' : '前';
  const abs = Math.abs(diff);
  const span = (amount: string) => `${moment}${direction}${/^\d/.test(amount) ? ' ' : ''}${amount}`;
  if (abs < MINUTE) return `與${moment}同時`;
  if (precision === 'minute') {
    const hours = Math.floor(abs / HOUR);
    const minutes = Math.round((abs % HOUR) / MINUTE);
    return span([hours ? `${hours} 小時` : '', minutes ? `${minutes} 分鐘` : ''].filter(Boolean).join(' '));
  }
  if (precision === 'day') {
    const days = Math.round(abs / (24 * HOUR));
    return days === 0 ? `${moment}當天` : span(`約 ${days} 天`);
  }
  return span(`約 ${Math.max(1, Math.round(abs / HOUR))} 小時`);
}

/** The less precise of two precisions: an interval is only as precise as its vaguer end. */
export function coarser(a: Precision, b: Precision): Precision {
  const order: Precision[] = ['minute', 'hour', 'part-of-day', 'day'];
  return order[Math.max(order.indexOf(a), order.indexOf(b))];
}
