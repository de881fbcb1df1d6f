// Who held an office, as bars on a time scale: one per term, clipped to the drawing, a term open at either
// end marked so (it runs off the edge), one colour per person in the order they first held it, and whether
// the holder's name and hours fit inside the bar.
import { textEms } from './chart-layout';
import { termHours, type Tenure } from './timeline';

/** Height of one office's band under the whole-story timeline, in the drawing's units. */
export const BAND_HEIGHT = 44;

export interface TermBar extends Tenure {
  x1: number;
  x2: number;
  /** The holder's name, with the hours held where the term is closed at both ends. */
  text: string;
  /** Index into the holder colours. */
  colour: number;
  /** Whether `text` fits inside the bar at `fontPx`. */
  inside: boolean;
}

export function termBars(
  terms: readonly Tenure[],
  at: (t: number) => number,
  left: number,
  right: number,
  label: (holder: string, held: ReturnType<typeof termHours>) => string,
  fontPx = 17,
): TermBar[] {
  const holders = [...new Set(terms.map((t) => t.holder))];
  return terms.map((t) => {
    const x1 = t.fromMs === undefined ? left : Math.max(left, at(t.fromMs));
    const x2 = t.untilMs === undefined ? right : Math.min(right, at(t.untilMs));
    const text = label(t.holder, termHours(t));
    return { ...t, x1, x2, text, colour: holders.indexOf(t.holder) % 5, inside: textEms(text) * fontPx + 16 <= x2 - x1 };
  });
}
