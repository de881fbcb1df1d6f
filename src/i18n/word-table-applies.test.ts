// Every reviewed decision of content/conversion.yaml reaches the Simplified edition: a rule that stops
// applying (a longer phrase winning, an overlapping rule, a sentence rewritten around it) fails here.
// e2e/simplified-edition-reads-mainland.spec.ts checks the same on the built pages.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWordRules } from '../../scripts/content-word-rules';
import { createToSimplified, openccToMainland } from './convert';
import { uncoveredOccurrences } from './kept-words';
import { rulesThatDidNotApply } from './rules-applied';

const content = 'content';
const { rules, keep } = contentWordRules(content);
const toSimplified = createToSimplified(rules);
const characters = openccToMainland();

/** What a reader reads of a content file: markup and the lists that are not shown as text left out. */
const readable = (source: string) =>
  source
    .replace(/^(rejectedSpellings|nameOriginal):.*$/gm, '')
    .replace(/<[^>]*>/g, '')
    .replace(/\{[^}]*\bid:[^}]*\}/g, '');
const files = readdirSync(content, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(mdx|ya?ml)$/.test(e.name) && e.name !== 'conversion.yaml')
  .map((e) => join(e.parentPath, e.name));
const editions = files.map((file) => ({ file, text: toSimplified(readable(readFileSync(file, 'utf8'))) }));

describe('the word table over content/', () => {
  it('applies every rule wherever its phrase occurs: no `from` survives in the Simplified text', () => {
    const missed = editions.flatMap(({ file, text }) => rulesThatDidNotApply(text, rules, characters).map((m) => `${file}: ${m}`));
    expect(missed).toEqual([]);
  });

  it('keeps a word only where the table says: 資料 outside 資料來源 still needs a rule', () => {
    const uncovered = editions.flatMap(({ file, text }) =>
      keep.flatMap((k) => {
        const word = characters(k.word);
        const only = k.only?.map((p) => characters(p));
        return uncoveredOccurrences(text, { word, only }).map((i) => `${file}: …${text.slice(Math.max(0, i - 8), i + 10)}…`);
      }),
    );
    expect(uncovered).toEqual([]);
  });
});
