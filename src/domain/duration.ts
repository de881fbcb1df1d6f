import type { Precision } from './model';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Whole hours between two moments, rounded down, as a headline states it ("106 小時"). */
export function wholeHours(fromMs: number, toMs: number): number {
  return Math.floor(Math.abs(toMs - fromMs) / HOUR);
}

/**
 * How long before or after a reference moment something happened, as precise as the less precise of the
 * two allows: "2 小時 23 分鐘後", "約 9 小時後", "16 小時前", "同一時刻".
 */
export function describeElapsed(fromMs: number, toMs: number, precision: Precision): string {
  const diff = toMs - fromMs;
  const direction = diff >= 0 ? '後' : '前';
  const abs = Math.abs(diff);
  if (abs < MINUTE) return '同一時刻';
  if (precision === 'minute') {
    const hours = Math.floor(abs / HOUR);
    const minutes = Math.round((abs % HOUR) / MINUTE);
    const parts = [hours ? `${hours} 小時` : '', minutes ? `${minutes} 分鐘` : ''].filter(Boolean);
    return `${parts.join(' ')}${direction}`;
  }
  if (precision === 'day') {
    const days = Math.round(abs / (24 * HOUR));
    return days === 0 ? '同一天' : `約 ${days} 天${direction}`;
  }
  return `約 ${Math.max(1, Math.round(abs / HOUR))} 小時${direction}`;
}

/** The less precise of two precisions: an interval is only as precise as its vaguer end. */
export function coarser(a: Precision, b: Precision): Precision {
  const order: Precision[] = ['minute', 'hour', 'part-of-day', 'day'];
  return order[Math.max(order.indexOf(a), order.indexOf(b))];
}
