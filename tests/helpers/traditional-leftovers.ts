// For the tests (unit and browser): what of a Simplified text is still Traditional.
import { openccToMainland } from '../../src/i18n/convert';
import { dictionaryEntries } from '../../src/i18n/opencc-dictionary';

const toSimplified = openccToMainland();

/**
 * Characters the converter writes in Simplified output. Conversion is phrase-based, so a correct
 * Simplified text can hold a character that, alone, would convert again (著稱 → 著称 keeps 著, while 著
 * alone → 着): converting twice is no test. So every phrase the converter knows is converted once, and
 * the characters of the results are what Simplified text may contain besides unconvertible ones.
 */
function simplifiedOutputs(): Set<string> {
  const outputs = new Set<string>();
  for (const [phrase] of dictionaryEntries()) {
    if ([...phrase].length > 1) for (const ch of toSimplified(phrase)) outputs.add(ch);
  }
  return outputs;
}

let outputs: Set<string> | undefined;

/** Traditional characters left in a text meant to be Simplified, with a little context for each. */
export function traditionalLeftovers(text: string): string[] {
  outputs ??= simplifiedOutputs();
  const chars = [...text];
  const found: string[] = [];
  chars.forEach((ch, i) => {
    if (!/\p{Script=Han}/u.test(ch) || outputs!.has(ch) || toSimplified(ch) === ch) return;
    found.push(`${ch} in …${chars.slice(Math.max(0, i - 8), i + 8).join('')}…`);
  });
  return found;
}
