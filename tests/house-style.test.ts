// The documentary's prose keeps one form per name and the house style; see docs/authoring.md, "Style sheet".
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { houseStyle, lineOf, styleSlips } from '../src/domain/house-style';
import { contradictoryForms, nameSlips, personLinkSlips, type NameForms } from '../src/domain/name-forms';

const root = 'content';
// conversion.yaml holds mainland words on purpose: it maps them.
// The corrections log is read by the public too (an entry once wrote 投資方 there, unchecked).
const files = [
  ...['site.yaml', 'sources.yaml'],
  ...readdirSync(join(root, 'corrections'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => `corrections/${f}`),
  ...['chapters', 'events', 'profiles', 'glossary'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => `${dir}/${f}`),
  ),
];
const frontmatter = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;

/**
 * The Traditional text readers see. Blanked: the lists of other spellings (they exist to name variants),
 * the Simplified edition's own name forms (a mainland reader's 阿莫迪 is right there) and a correction's
 * quotes of the wording it corrected.
 */
const prose = (text: string) =>
  text
    .replace(/^(aliases|rejectedSpellings|nameHans|shortNameHans):.*$/gm, '')
    // A correction's `wrong` quotes what the page said (〈OpenAI 事件大覆盤〉): its own words are checked, the quotes not.
    .replace(/^wrong:.*$/gm, (line) => line.replace(/〈[^〉]*〉|「[^」]*」/g, (quote) => '\u0000'.repeat(quote.length)));

const profiles: (NameForms & { nameOriginal?: string })[] = files
  .filter((f) => f.startsWith('profiles/'))
  .map((f) => {
    const data = frontmatter(readFileSync(join(root, f), 'utf8'));
    return {
      id: f.slice('profiles/'.length, -'.mdx'.length),
      name: String(data.name),
      shortName: String(data.shortName),
      aliases: (data.aliases as string[] | undefined) ?? [],
      rejectedSpellings: (data.rejectedSpellings as string[] | undefined) ?? [],
      nameOriginal: data.nameOriginal as string | undefined,
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

  it('shows every person link as the profile writes the name', () => {
    const slips = files.flatMap((f) => {
      const text = readFileSync(join(root, f), 'utf8');
      return personLinkSlips(text, profiles).map(
        (s) => `content/${f}:${lineOf(text, s.index)}: <Person id="${s.id}"> shows "${s.found}"; write ${s.write.join(' or ')}`,
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
