import type { ContentProblem } from './problem';
import type { DocEvent } from './model';
import { dayKey } from './time-zones';

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;

/** A gap as an author says it: "70 years", "5 months", "40 days". */
function describeGap(ms: number): string {
  if (ms >= 2 * YEAR) return `${Math.round(ms / YEAR)} years`;
  if (ms >= 60 * DAY) return `${Math.round(ms / (YEAR / 12))} months`;
  return `${Math.round(ms / DAY)} days`;
}

const isoDay = (e: DocEvent) => dayKey(e.epochMs, e.zone);

/**
 * An event at either end of the story that lies far from all the others — more than ten times the span of
 * the rest and over a month away — is most likely a mistyped year. Drawing it would squeeze the whole
 * story into a sliver of the axis, so the build refuses it and names the file.
 */
export function farOutEvents(events: readonly DocEvent[]): ContentProblem[] {
  if (events.length < 3) return [];
  const ordered = [...events].sort((a, b) => a.epochMs - b.epochMs);
  const problems: ContentProblem[] = [];
  const check = (outlier: DocEvent, neighbour: DocEvent, farEnd: DocEvent, side: 'before' | 'after') => {
    const gap = Math.abs(neighbour.epochMs - outlier.epochMs);
    const rest = Math.abs(farEnd.epochMs - neighbour.epochMs);
    if (gap > 30 * DAY && gap > 10 * Math.max(rest, DAY)) {
      problems.push({
        file: outlier.file,
        field: 'time',
        message: `${isoDay(outlier)} is ${describeGap(gap)} ${side} the next event (${neighbour.file}, ${isoDay(neighbour)}) — a typo?`,
      });
    }
  };
  check(ordered[0], ordered[1], ordered.at(-1)!, 'before');
  check(ordered.at(-1)!, ordered.at(-2)!, ordered[0], 'after');
  return problems;
}
