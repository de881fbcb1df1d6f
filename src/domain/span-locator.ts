// Where an event sits in the documentary's headline span (site.yaml `headline`): what the small strip on
// an event page draws. Positions are shares of the span, so the strip can be any width.
import { precisionRange } from './chart-layout';
import type { DocEvent } from './model';

export interface SpanPosition {
  /** Share of the span where the event (or the stretch its precision allows) begins, clamped to 0–1. */
  from: number;
  /** Share where it ends: equal to `from` for a point in time. */
  to: number;
  /** A minute- or hour-precise event is a point; a day or part of a day is a stretch. */
  point: boolean;
  /** Set when the event lies wholly outside the span: it is drawn at that edge. */
  outside?: 'before' | 'after';
}

export function positionInSpan(
  event: Pick<DocEvent, 'epochMs' | 'precision' | 'zone'>,
  span: { fromMs: number; toMs: number },
): SpanPosition {
  const length = span.toMs - span.fromMs;
  if (!(length > 0)) throw new Error('positionInSpan: the span must end after it begins');
  const range = precisionRange(event);
  const [startMs, endMs] = range ? [range.fromMs, range.untilMs] : [event.epochMs, event.epochMs];
  const share = (t: number) => Math.min(1, Math.max(0, (t - span.fromMs) / length));
  const outside = endMs < span.fromMs ? 'before' : startMs > span.toMs ? 'after' : undefined;
  return { from: share(startMs), to: share(endMs), point: range === undefined, ...(outside ? { outside } : {}) };
}
