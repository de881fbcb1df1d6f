import type { ConversionOverride } from './convert';

/**
 * The rules whose phrase, converted by characters alone, is still in `simplified` (the Simplified edition's
 * text): a decision that did not reach the reader. A phrase that is itself part of what some rule writes
 * (回歸 in 重新回歸) does not count.
 */
export function rulesThatDidNotApply(
  simplified: string,
  rules: readonly ConversionOverride[],
  characters: (text: string) => string,
): string[] {
  const written = rules.map((r) => (r.verbatim ? r.to : characters(r.to)));
  const missed: string[] = [];
  for (const rule of rules) {
    const leftover = characters(rule.from);
    if (written.some((w) => w.includes(leftover))) continue;
    const i = simplified.indexOf(leftover);
    if (i !== -1)
      missed.push(`"${rule.from}" → "${rule.to}" did not apply: …${simplified.slice(Math.max(0, i - 8), i + leftover.length + 8)}…`);
  }
  return missed;
}
