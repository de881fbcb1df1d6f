// Bad input must stop the build with a message naming the file and the field, never a half-built site.
import { existsSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, copyOfContent, edit } from './helpers/build';

interface BadContent {
  what: string;
  /** Breaks a copy of the small test documentary. */
  breakIt: (dir: string) => Promise<void>;
  /** Everything the message must name: file, field, bad value. */
  says: (string | RegExp)[];
}

/** Rewrites the launch event's time, written "1970-04-11T13:13:00-06:00" (quotes included) in the fixture. */
const launchTimeAs = (written: string) => (d: string) => edit(d, 'events/launch.mdx', (t) => t.replace('"1970-04-11T13:13:00-06:00"', written));

const cases: BadContent[] = [
  {
    what: 'a missing required field',
    breakIt: (d) => edit(d, 'events/launch.mdx', (t) => t.replace(/^summary:.*\n/m, '')),
    says: ['events/launch.mdx', 'summary'],
  },
  {
    what: 'a date without its UTC offset',
    breakIt: launchTimeAs('"1970-04-11T13:13:00"'),
    says: ['events/launch.mdx', 'time', 'no UTC offset'],
  },
  {
    what: 'an impossible date',
    breakIt: launchTimeAs('"1970-04-31T13:13:00-06:00"'),
    says: ['events/launch.mdx', 'time', '1970-04-31T13:13:00-06:00', 'not a real date'],
  },
  {
    what: 'an unquoted date whose offset YAML would drop',
    breakIt: launchTimeAs('1970-04-11T13:13:00-06:00'),
    says: ['events/launch.mdx', 'time', 'in quotes'],
  },
  {
    what: 'an unknown profile id, with a suggestion',
    breakIt: (d) => edit(d, 'events/explosion.mdx', (t) => t.replace('people: [jim-lovell, gene-kranz]', 'people: [jim-lovell, gene]')),
    says: ['events/explosion.mdx', 'people[1]', '"gene"', 'did you mean "gene-kranz"'],
  },
  {
    what: 'a misspelled person in an MDX body',
    breakIt: (d) => edit(d, 'chapters/mission.mdx', (t) => t.replace('<Person id="gene-kranz">', '<Person id="gene-kranc">')),
    says: ['chapters/mission.mdx', '<Person id>', '"gene-kranc"', 'did you mean "gene-kranz"'],
  },
  {
    what: 'a duplicate sequence number',
    breakIt: (d) => edit(d, 'events/splashdown.mdx', (t) => t.replace('seq: 3', 'seq: 2')),
    says: ['events/splashdown.mdx', 'seq', 'already used by', 'explosion.mdx'],
  },
  {
    what: 'an aside pointing to a missing main event',
    breakIt: (d) =>
      edit(d, 'events/splashdown.mdx', (t) => t.replace('kind: main\nseq: 3', 'kind: aside\nseq: 1\nmain: splashdwn')),
    says: ['events/splashdown.mdx', 'main', '"splashdwn"'],
  },
  {
    what: 'an MDX syntax error',
    breakIt: (d) => edit(d, 'events/splashdown.mdx', (t) => `${t}\n<Person id="jim-lovell">未關閉\n`),
    says: ['events/splashdown.mdx'],
  },
  {
    what: 'an unknown component in MDX',
    breakIt: (d) => edit(d, 'events/splashdown.mdx', (t) => `${t}\n<Astronaut id="jim-lovell">洛威爾</Astronaut>\n`),
    says: ['Astronaut'],
  },
  {
    what: 'malformed frontmatter',
    breakIt: (d) => edit(d, 'profiles/gene-kranz.mdx', (t) => t.replace('aliases: [Kranz]', 'aliases: [Kranz')),
    says: ['profiles/gene-kranz.mdx'],
  },
  {
    what: 'a frontmatter value of the wrong type',
    breakIt: (d) => edit(d, 'events/launch.mdx', (t) => t.replace('seq: 1', 'seq: first')),
    says: ['events/launch.mdx', 'seq'],
  },
  {
    what: 'an override rule that changes nothing',
    breakIt: (d) => writeFile(join(d, 'conversion.yaml'), 'overrides:\n  - { from: 頭髮, to: 頭髮, note: test }\n'),
    says: ['conversion.yaml', 'overrides', '頭髮', 'remove the entry'],
  },
  {
    what: 'a missing chapter',
    breakIt: (d) => rm(join(d, 'chapters/mission.mdx')),
    says: ['site.yaml', 'no chapter'],
  },
  {
    what: 'a headline bound to an event that does not exist',
    breakIt: (d) => edit(d, 'site.yaml', (t) => t.replace('to: splashdown', 'to: splash-down')),
    says: ['site.yaml', 'headline.to', '"splash-down"', 'did you mean "splashdown"'],
  },
  {
    what: 'a duplicate id',
    breakIt: (d) => edit(d, 'sources.yaml', (t) => `${t}- id: nasa-report\n  title: Again\n  publisher: NASA\n  kind: article\n`),
    says: ['sources.yaml', '[1].id', '"nasa-report"', 'used twice'],
  },
  {
    what: 'a source list that is not valid YAML',
    breakIt: (d) => edit(d, 'sources.yaml', (t) => t.replace('- id: nasa-report', '- id: [nasa-report')),
    says: ['sources.yaml', 'not valid YAML'],
  },
  {
    what: 'an event whose year is mistyped by decades (it would squeeze the story into a sliver of the axis)',
    breakIt: launchTimeAs('"1900-04-11T13:13:00-06:00"'),
    says: ['events/launch.mdx', 'time', '1900-04-11 is 70 years before the next event', 'a typo?'],
  },
];

describe('bad content stops the build and says where', () => {
  it.each(cases)('$what', async ({ breakIt, says }) => {
    const dir = await copyOfContent();
    await breakIt(dir);
    const result = await build(dir);
    expect(result.code, result.output).not.toBe(0);
    for (const needle of says) {
      if (typeof needle === 'string') expect(result.output).toContain(needle);
      else expect(result.output).toMatch(needle);
    }
    expect(existsSync(join(result.outDir, 'zh-hant/index.html')), 'no half-built site is left behind').toBe(false);
  }, 60_000);
});
