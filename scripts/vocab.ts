// npm run vocab: the Taiwan words a mainland reader of the Simplified edition would still meet, found in
// content/ and not yet decided in content/conversion.yaml (converted by the word table, or kept on purpose).
// Candidates come from three places: the project's maintained list of Taiwan words and idioms with what a
// mainland desk writes (src/i18n/taiwan-words.ts: titles, business, tech, idioms, measure words, spellings,
// register); words kept only in some contexts (conversion.yaml `keep … only`) met in another; and OpenCC's
// Taiwan-phrase table (twp), which proposes but is not applied: it matches greedily without word
// segmentation (核心 → 内核 in 核心成員), so each word needs a human decision.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as OpenCC from 'opencc-js/t2cn';
import { createToSimplified, openccToMainland } from '../src/i18n/convert.ts';
import { taiwanVocabulary } from '../src/i18n/taiwan-words.ts';
import { uncoveredOccurrences } from '../src/i18n/kept-words.ts';
import { contentWordRules } from './content-word-rules.ts';

const root = resolve(import.meta.dirname, '..');
const content = resolve(root, process.env.CONTENT_DIR ?? 'content');
const files = readdirSync(content, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && /\.(mdx|ya?ml)$/.test(e.name) && e.name !== 'conversion.yaml')
  .map((e) => join(e.parentPath, e.name));

const { rules, keep } = contentWordRules(content);
const kept = new Set(keep.filter((k) => !k.only).map((k) => k.word));
// A word kept in some contexts is proposed by the check of its contexts below, not again by twp.
const anyKeep = new Set(keep.map((k) => k.word));
const toSimplified = createToSimplified(rules);
const plain = openccToMainland('tw');
const withTwp = openccToMainland('twp');

/** twp's phrase table: Taiwan phrase → mainland phrase, where that is more than a change of script. */
const twpPhrases = new Map<string, string>();
for (const dict of OpenCC.Locale.from.twp[0]) {
  if (typeof dict !== 'string') continue;
  for (const entry of dict.split('|')) {
    const [phrase, replacement] = entry.split(' ');
    if ([...phrase].length > 1 && replacement && plain(phrase) !== withTwp(phrase)) twpPhrases.set(phrase, replacement);
  }
}

const findings = new Map<string, { proposal: string; count: number; where: string }>();
const note = (word: string, proposal: string, file: string, context: string) => {
  const f = findings.get(word) ?? { proposal, count: 0, where: `${relative(root, file)}: …${context}…` };
  f.count++;
  findings.set(word, f);
};
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const simplified = toSimplified(source);
  for (const { word, kind, mainland } of taiwanVocabulary) {
    if (kept.has(word)) continue;
    for (let i = simplified.indexOf(word); i !== -1; i = simplified.indexOf(word, i + 1))
      note(word, `${kind}: ${mainland}`, file, simplified.slice(Math.max(0, i - 10), i + word.length + 10));
  }
  for (const k of keep.filter((k) => k.only)) {
    const word = plain(k.word);
    for (const i of uncoveredOccurrences(simplified, { word, only: k.only!.map(plain) }))
      note(word, `kept only in ${k.only!.join('/')}`, file, simplified.slice(Math.max(0, i - 10), i + word.length + 10));
  }
  for (const [phrase, replacement] of twpPhrases) {
    const hans = plain(phrase);
    if (anyKeep.has(phrase) || anyKeep.has(hans) || !source.includes(phrase)) continue;
    for (let i = simplified.indexOf(hans); i !== -1; i = simplified.indexOf(hans, i + 1))
      note(hans, `twp: ${plain(replacement)}`, file, simplified.slice(Math.max(0, i - 10), i + hans.length + 10));
  }
}

if (findings.size === 0) console.log('vocab: every Taiwan word in content/ has a decision in content/conversion.yaml');
for (const [word, { proposal, count, where }] of [...findings].sort((a, b) => b[1].count - a[1].count))
  console.log(`${word}\t${proposal}\t×${count}\t${where.replaceAll('\n', ' ')}`);
