// Bad input must be refused with one line per problem naming the file, the line and the field. These
// cases call the content reader the build runs (src/reader/read-documentary.ts), so they take
// milliseconds each; tests/build-stops-on-bad-content.test.ts proves the build stops on what it finds.
import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/domain/problem';
import { readDocumentary } from '../src/reader/read-documentary';
import { copyOfContent, edit } from './helpers/build';

interface BadContent {
  what: string;
  /** Breaks a copy of the small test documentary. */
  breakIt: (dir: string) => Promise<void>;
  /** Everything the message must name: file, field, bad value. */
  says: (string | RegExp)[];
  /** What the output must never show (e.g. the contents of a file outside the content folder). */
  neverSays?: string[];
}

/** Appends MDX to the splashdown event's body, which starts on line 16 of its file. */
const splashdownBody = (mdx: string) => (d: string) => edit(d, 'events/splashdown.mdx', (t) => `${t.trimEnd()}\n\n${mdx}\n`);
/** Replaces a line of the launch event's frontmatter. */
const launchField = (field: string, line: string) => (d: string) =>
  edit(d, 'events/launch.mdx', (t) => t.replace(new RegExp(`^${field}:.*$`, 'm'), line));
const secret = 'TOKEN=do-not-print-me';

/** Rewrites the launch event's time, written "1970-04-11T13:13:00-06:00" (quotes included) in the fixture. */
const launchTimeAs = (written: string) => (d: string) =>
  edit(d, 'events/launch.mdx', (t) => t.replace('"1970-04-11T13:13:00-06:00"', written));

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
    breakIt: (d) => edit(d, 'events/splashdown.mdx', (t) => t.replace('kind: main\nseq: 3', 'kind: aside\nseq: 1\nmain: splashdwn')),
    says: ['events/splashdown.mdx', 'main', '"splashdwn"'],
  },
  {
    what: 'a minute-precision time that was only estimated, with its line',
    breakIt: (d) => edit(d, 'events/launch.mdx', (t) => t.replace('how: converted', 'how: estimated')),
    says: [/events\/launch\.mdx:\d+ timeBasis\.how: is "estimated"/, 'a minute-precision time needs a source that states the minute'],
  },
  {
    what: 'a correction naming a page that does not exist, with a suggestion',
    breakIt: (d) => edit(d, 'corrections/explosion-time.yaml', (t) => t.replace('events/explosion', 'events/explosio')),
    says: [/corrections\/explosion-time\.yaml:\d+ pages\[0\]:/, '"events/explosio"', 'did you mean "events/explosion"'],
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

  // MDX is a restricted language: nothing in a body runs in the build or on a page.
  {
    what: 'an import in a body',
    breakIt: splashdownBody("import { readFileSync } from 'node:fs'"),
    says: ['events/splashdown.mdx:', 'import', 'not allowed in content'],
  },
  {
    what: 'an export in a body',
    breakIt: splashdownBody('export const x = 1'),
    says: ['events/splashdown.mdx:', 'export', 'not allowed in content'],
  },
  {
    what: 'a JS expression in a body',
    breakIt: splashdownBody('主機是 {process.env.HOME}'),
    says: ['events/splashdown.mdx:', '{process.env.HOME}', 'expressions'],
  },
  {
    what: 'a <script> in a body',
    breakIt: splashdownBody('<script>alert(1)</script>'),
    says: ['events/splashdown.mdx:', '<script>', 'allowed tags'],
  },
  {
    what: 'a <meta http-equiv="refresh"> in a body',
    breakIt: splashdownBody('<meta httpEquiv="refresh" content="0;url=https://evil.test" />'),
    says: ['events/splashdown.mdx:', '<meta>'],
  },
  {
    what: 'an <img onerror> in a body',
    breakIt: splashdownBody('<img src="x" onError="alert(1)" />'),
    says: ['events/splashdown.mdx:', '<img>'],
  },
  {
    what: 'an <iframe> in a body',
    breakIt: splashdownBody('<iframe src="https://evil.test/" />'),
    says: ['events/splashdown.mdx:', '<iframe>'],
  },
  {
    what: 'a <form> in a body',
    breakIt: splashdownBody('<form action="https://evil.test/">x</form>'),
    says: ['events/splashdown.mdx:', '<form>'],
  },
  {
    what: 'an event handler on allowed HTML',
    breakIt: splashdownBody('<sup onClick="alert(1)">1</sup>'),
    says: ['events/splashdown.mdx:', '<sup onClick>'],
  },
  {
    what: 'a javascript: Markdown link',
    breakIt: splashdownBody('[點我](javascript:alert(1))'),
    says: ['events/splashdown.mdx:', 'javascript:alert(1)', 'http(s)'],
  },
  {
    what: 'a data: image',
    breakIt: splashdownBody('![x](data:image/svg+xml,x)'),
    says: ['events/splashdown.mdx:', 'data:image/svg+xml,x'],
  },
  {
    what: 'a javascript: link in an <a>',
    breakIt: splashdownBody('<a href="javascript:alert(1)">x</a>'),
    says: ['events/splashdown.mdx:', 'javascript:alert(1)'],
  },
  {
    what: 'a computed component prop',
    breakIt: splashdownBody('<Person id={"jim-" + "lovell"}>洛威爾</Person>'),
    says: ['events/splashdown.mdx:', '<Person id>', 'quoted text'],
  },
  {
    what: 'an attribute a component does not take',
    breakIt: splashdownBody('<Person id="jim-lovell" onClick="x">洛威爾</Person>'),
    says: ['events/splashdown.mdx:', '<Person onClick>'],
  },
  // Mentions are read from the syntax tree, whatever the quoting.
  {
    what: 'a misspelled single-quoted id, with its file line',
    breakIt: splashdownBody("<Person id='gene-kranc'>克蘭茲</Person>"),
    says: [/events\/splashdown\.mdx:1[0-9] <Person id>: "gene-kranc"/, 'did you mean "gene-kranz"'],
  },
  {
    what: 'a misspelled {"expression"} id',
    breakIt: splashdownBody('<Cite id={"nasa-reprot"} />'),
    says: ['events/splashdown.mdx:', '<Cite id>', '"nasa-reprot"', 'did you mean "nasa-report"'],
  },
  // URLs in YAML are http(s) only.
  {
    what: 'a javascript: source url',
    breakIt: (d) => edit(d, 'sources.yaml', (t) => t.replace('  kind: article', '  kind: article\n  url: "javascript:alert(1)"')),
    says: ['sources.yaml', 'url', 'http:// or https://'],
  },
  // Content stays in its folder.
  {
    what: 'a sources.yaml linked to a file outside the content folder',
    breakIt: async (d) => {
      await writeFile(join(d, '..', 'credentials'), `${secret}\n`);
      await rm(join(d, 'sources.yaml'));
      await symlink(join(d, '..', 'credentials'), join(d, 'sources.yaml'));
    },
    says: ['sources.yaml', 'outside the content folder'],
    neverSays: [secret],
  },
  {
    what: 'an event linked to an .mdx outside the content folder',
    breakIt: async (d) => {
      await writeFile(join(d, '..', 'outside.mdx'), `---\ntitle: ${secret}\n---\n`);
      await symlink(join(d, '..', 'outside.mdx'), join(d, 'events/outside.mdx'));
    },
    says: ['events/outside.mdx', 'outside the content folder'],
    neverSays: [secret],
  },
  {
    what: 'a folder of entries linked to outside the content folder',
    breakIt: async (d) => {
      await mkdir(join(d, '..', 'elsewhere'));
      await symlink(join(d, '..', 'elsewhere'), join(d, 'glossary'));
    },
    says: ['glossary', 'outside the content folder'],
  },
  // File names are ids and URL slugs.
  {
    what: 'a file name in upper case (collides with its lower-case twin)',
    breakIt: (d) => rename(join(d, 'events/launch.mdx'), join(d, 'events/Launch.mdx')),
    says: ['events/Launch.mdx', 'rename it to launch.mdx'],
  },
  {
    what: 'a non-ASCII file name',
    breakIt: (d) => rename(join(d, 'profiles/gene-kranz.mdx'), join(d, 'profiles/克蘭茲.mdx')),
    says: ['profiles/克蘭茲.mdx', 'ASCII'],
  },
  {
    what: 'a file name with a space',
    breakIt: (d) => rename(join(d, 'profiles/gene-kranz.mdx'), join(d, 'profiles/gene kranz.mdx')),
    says: ['profiles/gene kranz.mdx', 'rename it to gene-kranz.mdx'],
  },
  {
    what: 'a .md file in an .mdx collection',
    breakIt: (d) => rename(join(d, 'events/splashdown.mdx'), join(d, 'events/splashdown.md')),
    says: ['events/splashdown.md', 'not an .mdx file', 'splashdown.mdx'],
  },
  // Files an author's editor can get wrong, said in the author's words.
  {
    what: 'an unclosed frontmatter',
    breakIt: (d) => edit(d, 'events/launch.mdx', (t) => t.replace('---\n火箭', '火箭')),
    says: ['events/launch.mdx:1', 'never closed', 'add a line with ---'],
  },
  {
    what: 'frontmatter that is a list',
    breakIt: (d) => writeFile(join(d, 'events/launch.mdx'), '---\n- title: 發射\n- kind: main\n---\n火箭準時升空。\n'),
    says: ['events/launch.mdx:2', 'must be fields', 'not a list'],
  },
  {
    what: 'a file that is not UTF-8 (Big5)',
    breakIt: (d) =>
      writeFile(
        join(d, 'events/launch.mdx'),
        Buffer.from([
          0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xb5, 0x6f, 0xae, 0x67, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a,
        ]),
      ),
    says: ['events/launch.mdx', 'is not UTF-8', 'save it as UTF-8'],
  },
  {
    what: 'an unquoted value with a colon',
    breakIt: launchField('summary', 'summary: 發射: 土星五號升空'),
    says: ['events/launch.mdx:8', 'must be in quotes'],
  },
  // Data that parses but cannot be true.
  {
    what: 'a time whose offset contradicts its zone',
    breakIt: launchTimeAs('"1970-04-11T13:13:00+09:00"'),
    says: ['events/launch.mdx', 'time', '+09:00', 'America/Chicago was at -06:00'],
  },
  {
    what: 'a time in the gap of a clock change',
    // Chicago went from 02:00 to 03:00 on 26 April 1970; 02:30 did not exist there.
    breakIt: (d) =>
      edit(d, 'events/explosion.mdx', (t) =>
        t
          .replace(/^time: .*$/m, 'time: "1970-04-26T02:30:00-06:00"')
          .replace(/^seq: \d+/m, 'seq: 9')
          .replace('kind: main', 'kind: aside\nmain: launch'),
      ),
    says: ['events/explosion.mdx', 'time', 'clock change'],
  },
  {
    what: 'a role that ends before it starts',
    breakIt: (d) =>
      edit(d, 'profiles/jim-lovell.mdx', (t) =>
        t.replace('- { title: 指令長 }', '- { title: 指令長, from: "1970-04-17T12:00:00-06:00", until: "1970-04-11T12:00:00-06:00" }'),
      ),
    says: ['profiles/jim-lovell.mdx', 'roles[0].until', 'is not after'],
  },
  {
    what: 'a headline with from and to reversed',
    breakIt: (d) => edit(d, 'site.yaml', (t) => t.replace('from: launch', 'from: splashdown').replace('to: splashdown', 'to: launch')),
    says: ['site.yaml', 'headline', 'negative hours', 'swap them'],
  },
  {
    what: 'a headline from and to the same event',
    breakIt: (d) => edit(d, 'site.yaml', (t) => t.replace('to: splashdown', 'to: launch')),
    says: ['site.yaml', 'headline', 'zero hours'],
  },
  {
    what: 'the same person twice on an event',
    breakIt: (d) =>
      edit(d, 'events/explosion.mdx', (t) => t.replace('people: [jim-lovell, gene-kranz]', 'people: [jim-lovell, gene-kranz, jim-lovell]')),
    says: ['events/explosion.mdx', 'people[2]', 'listed twice'],
  },
  // Text is text, of a sane size.
  {
    what: 'a title over the length limit',
    breakIt: launchField('title', `title: ${'長'.repeat(1_200)}`),
    says: ['events/launch.mdx', 'title', 'has 1200 characters', 'limit is 1000'],
  },
  {
    what: 'a bidi control in a title',
    breakIt: launchField('title', 'title: "發射\u202Egnp.exe"'),
    says: ['events/launch.mdx', 'title', 'U+202E'],
  },
  {
    what: 'a bidi control in an alias',
    breakIt: (d) => edit(d, 'profiles/jim-lovell.mdx', (t) => t.replace('aliases: [Lovell,', 'aliases: ["Lo\u2066vell",')),
    says: ['profiles/jim-lovell.mdx', 'aliases[0]', 'U+2066'],
  },
  {
    what: 'a body over the size limit',
    breakIt: (d) => edit(d, 'chapters/mission.mdx', (t) => `${t}\n${'字'.repeat(210_000)}\n`),
    says: ['chapters/mission.mdx', 'body', 'limit is 200000'],
  },
  {
    what: 'an event whose year is mistyped by decades (it would squeeze the story into a sliver of the axis)',
    breakIt: launchTimeAs('"1900-04-11T13:13:00-06:00"'),
    says: ['events/launch.mdx', 'time', '1900-04-11 is 70 years before the next event', 'a typo?'],
  },
  // Each problem on the line it is written, in the reader's words, and every problem at once.
  {
    what: 'a value of the wrong type, on its line',
    breakIt: launchField('seq', 'seq: first'),
    says: [/events\/launch\.mdx:4 seq: must be a number, not "first"$/m],
  },
  {
    what: 'a field left empty, on its line',
    breakIt: launchField('summary', 'summary:'),
    says: [/events\/launch\.mdx:8 summary: has no value/],
  },
  {
    what: 'an empty title',
    breakIt: launchField('title', 'title: ""'),
    says: [/events\/launch\.mdx:2 title: must not be empty$/m],
  },
  {
    what: 'a kind that is not one of the kinds',
    breakIt: launchField('kind', 'kind: mian'),
    says: [/events\/launch\.mdx:3 kind: must be one of "main", "aside", not "mian"$/m],
  },
  {
    what: 'an unknown profile id in frontmatter, on its line',
    breakIt: (d) => edit(d, 'events/explosion.mdx', (t) => t.replace('people: [jim-lovell, gene-kranz]', 'people: [jim-lovell, gene]')),
    says: [/events\/explosion\.mdx:9 people\[1\]: "gene" is not a profile id \(did you mean "gene-kranz"\?\)$/m],
  },
  {
    what: 'an unclosed [ in frontmatter, on the line it opens (not where the parser noticed, nor with its own line count)',
    breakIt: (d) => edit(d, 'profiles/gene-kranz.mdx', (t) => t.replace('aliases: [Kranz]', 'aliases: [Kranz')),
    says: [/profiles\/gene-kranz\.mdx:5: the frontmatter is not valid YAML: .*end with a \]$/m],
    neverSays: ['at line'],
  },
  {
    what: 'a time zone that does not exist, in site.yaml, on its line',
    breakIt: (d) => edit(d, 'site.yaml', (t) => t.replace('zone: UTC', 'zone: Mars/Olympus')),
    says: [/site\.yaml:7 timeZones\[1\]\.zone: is not an IANA time zone/],
  },
  {
    what: 'an impossible source date, on its line',
    breakIt: (d) => edit(d, 'sources.yaml', (t) => t.replace('date: 1970-06-15', 'date: 1970-06-31')),
    says: [/sources\.yaml:5 \[0\]\.date: must be a real date written YYYY-MM-DD, not "1970-06-31"$/m],
  },
  {
    what: 'a source without an id',
    breakIt: (d) => edit(d, 'sources.yaml', (t) => t.replace('- id: nasa-report', '- title0: x')),
    says: ['sources.yaml:1 [0].id: is missing'],
  },
  {
    what: 'a source list that is not a list',
    breakIt: (d) => writeFile(join(d, 'sources.yaml'), 'id: nasa-report\n'),
    says: ['sources.yaml:1: must be a list of entries, each with an id'],
  },
  {
    what: 'a missing site.yaml',
    breakIt: (d) => rm(join(d, 'site.yaml')),
    says: ['site.yaml: file not found'],
  },
  {
    what: 'a chart placed in an event, where only chapters may place one',
    breakIt: splashdownBody('<Board />'),
    says: [/events\/splashdown\.mdx:\d+ <Board>: is a picture only a chapter may place/],
  },
  {
    what: 'problems in several files, all of them at once',
    breakIt: async (d) => {
      await launchField('seq', 'seq: first')(d);
      await splashdownBody('<script>alert(1)</script>')(d);
      await edit(d, 'sources.yaml', (t) => t.replace('  kind: article', '  kind: article\n  url: "javascript:alert(1)"'));
    },
    says: ['events/launch.mdx:4 seq:', 'events/splashdown.mdx:', '<script>', 'sources.yaml:5 [0].url:'],
  },
];

describe('bad content is refused, each problem in one line naming file, line and field', () => {
  it.each(cases)('$what', async ({ breakIt, says, neverSays = [] }) => {
    const dir = await copyOfContent();
    await breakIt(dir);
    const { problems, documentary } = readDocumentary(dir);
    const output = problems.map(formatProblem).join('\n');
    expect(problems.length, 'refused').toBeGreaterThan(0);
    expect(documentary, 'nothing to build from').toBeUndefined();
    for (const needle of says) {
      if (typeof needle === 'string') expect(output).toContain(needle);
      else expect(output).toMatch(needle);
    }
    for (const needle of neverSays) expect(output).not.toContain(needle);
    for (const problem of problems) expect(formatProblem(problem), 'one line').not.toContain('\n');
  });
});

describe('good content is read', () => {
  it('reads the small documentary with its mentions, their lines and sections', async () => {
    const { problems, documentary } = readDocumentary(await copyOfContent());
    expect(problems).toEqual([]);
    const mission = documentary?.chapters.find((c) => c.id === 'mission');
    expect(mission?.mentions.find((m) => m.id === 'gene-kranz')).toMatchObject({ component: 'Person', line: expect.any(Number) });
  });

  it('takes a documentary without glossary or conversion table', async () => {
    const dir = await copyOfContent();
    await rm(join(dir, 'glossary'), { recursive: true, force: true });
    await rm(join(dir, 'conversion.yaml'), { force: true });
    expect(readDocumentary(dir).problems).toEqual([]);
  });
});
