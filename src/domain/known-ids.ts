// Saying an unknown id in an author's terms, with the id they most likely meant.
import { closest, distance } from 'fastest-levenshtein';

/**
 * The id an author most likely meant: one that contains what they typed ("ilya" → "ilya-sutskever"),
 * else the nearest by edit distance when it is near enough to be a typo.
 */
export function suggestId(value: string, known: readonly string[]): string | undefined {
  const containing = known.filter((id) => id.includes(value) || value.includes(id));
  if (containing.length) return closest(value, containing);
  if (!known.length) return undefined;
  const nearest = closest(value, known as string[]);
  return distance(value, nearest) <= Math.max(2, Math.floor(value.length / 3)) ? nearest : undefined;
}

/** `"ilya" is not a profile id (did you mean "ilya-sutskever"?)`. */
export function unknownId(value: string, kind: string, known: readonly string[]): string {
  const suggestion = suggestId(value, known);
  return `"${value}" is not ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} id${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`;
}
