// The documentary's prose keeps one form per name and the house style; see docs/authoring.md, "Style sheet".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { houseStyle, lineOf, styleSlips } from '../src/domain/house-style';
import { contradictoryForms, nameSlips, type NameForms } from '../src/domain/name-forms';

const root = 'content';
// conversion.yaml holds mainland words on purpose: it maps them.
const files = [
  ...['site.yaml', 'sources.yaml'],
  ...['chapters', 'events', 'profiles', 'glossary'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `${dir}/${f}`),
  ),
];
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;

/**
 * The Traditional text readers see. Blanked: the lists of other spellings (they exist to name variants)
 * and the Simplified edition's own name forms (a mainland reader's 阿莫迪 is right there).
 */
const prose = (text: string) => text.replace(/^(aliases|rejectedSpellings|nameHans|shortNameHans):.*$/gm, '');

const profiles: NameForms[] = files
  .filter((f) => f.startsWith('profiles/'))
  .map((f) => {
    const data = frontmatter(readFileSync(join(root, f), 'utf8'));
    return {
      id: f.slice('profiles/'.length, -'.mdx'.length),
      name: String(data.name),
      shortName: String(data.shortName),
      aliases: (data.aliases as string[] | undefined) ?? [],
      rejectedSpellings: (data.rejectedSpellings as string[] | undefined) ?? [],
    };
  });

describe('house style over content/', () => {
  it('knows the variants it must catch', () => {
    expect(profiles.length).toBeGreaterThan(15);
    expect(profiles.filter((p) => p.rejectedSpellings.length > 0).length).toBeGreaterThan(10);
    expect(contradictoryForms(profiles)).toEqual([]);
  });

  it('writes every name in its profile form', () => {
    const slips = files.flatMap((f) => {
      const text = prose(readFileSync(join(root, f), 'utf8'));
      return nameSlips(text, profiles).map(
        (s) => `content/${f}:${lineOf(text, s.index)}: "${s.found}" is a variant spelling of ${s.id}; write "${s.write}"`,
      );
    });
    expect(slips).toEqual([]);
  });

  it('keeps Taiwan usage, unspaced dates and none of the seed’s conversion artifacts', () => {
    const slips = files.flatMap((f) => {
      const text = prose(readFileSync(join(root, f), 'utf8'));
      return styleSlips(text, houseStyle).map((s) => `content/${f}:${lineOf(text, s.index)}: "${s.found}": ${s.advice}`);
    });
    expect(slips).toEqual([]);
  });
});
