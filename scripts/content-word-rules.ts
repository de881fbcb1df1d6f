// The Simplified edition's word rules read straight from a content folder, for tools that run outside
// Astro (npm run vocab, the conversion bench): the same list src/i18n/simplified-edition.ts builds.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ConversionOverride } from '../src/i18n/convert.ts';
import { siteEditionWords, wordRules, type PersonNames } from '../src/i18n/word-rules.ts';

const frontmatter = (text: string) => parse(text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '{}') ?? {};

export function contentWordRules(content: string): {
  rules: ConversionOverride[];
  keep: { word: string; note: string; only?: string[] }[];
} {
  const tableFile = join(content, 'conversion.yaml'); // optional, as in the content schema
  const table = existsSync(tableFile) ? (parse(readFileSync(tableFile, 'utf8')) ?? {}) : {};
  const people: PersonNames[] = readdirSync(join(content, 'profiles'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => frontmatter(readFileSync(join(content, 'profiles', f), 'utf8')));
  const siteFile = join(content, 'site.yaml');
  const site = existsSync(siteFile) ? (parse(readFileSync(siteFile, 'utf8')) ?? {}) : {};
  const editionWords = siteEditionWords({ timeZones: site.timeZones ?? [] });
  return { rules: wordRules((table.overrides ?? []) as ConversionOverride[], people, editionWords), keep: table.keep ?? [] };
}
