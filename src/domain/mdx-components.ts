// The components an MDX body may use, one entry each: what the author writes, the .astro file that draws
// it, the attributes it takes, which of them name an id and of what, and whether only a chapter may place
// it. The content rules (src/markdown/mdx-rules.ts), the mentions and their checks, the model's Mention
// type, the components the pages hand to MDX and the tables of docs/authoring.md all read this list:
// a new component is an entry here and its .astro file.

/** What an id attribute refers to. */
export type IdKind = 'profile' | 'term' | 'event' | 'source';

export interface MdxComponent {
  /** The tag authors write: `<Person>`. */
  name: string;
  /** The file that renders it, under src/components/: prose in prose/, a chapter's pictures in charts/. */
  file: `prose/${string}.astro` | `charts/${string}.astro`;
  /** Every attribute it takes, each as quoted text. */
  props: readonly string[];
  /** The attributes that name an id, and what kind of id: checked, and counted as mentions. */
  ids: Readonly<Record<string, IdKind>>;
  /** A picture only a chapter may place (event and glossary pages do not carry the charts' styles). */
  chaptersOnly: boolean;
  /** For docs/authoring.md: an example as an author writes it, and what a reader gets. */
  example: string;
  renders: string;
}

export const mdxComponents = [
  {
    name: 'Person',
    file: 'prose/Person.astro',
    props: ['id'],
    ids: { id: 'profile' },
    chaptersOnly: false,
    example: '<Person id="sam-altman">阿特曼</Person>',
    renders: 'a link to the profile, with a short card (role at the time)',
  },
  {
    name: 'Term',
    file: 'prose/Term.astro',
    props: ['id'],
    ids: { id: 'term' },
    chaptersOnly: false,
    example: '<Term id="superalignment">超級對齊</Term>',
    renders: 'the term, explained in place without JavaScript',
  },
  {
    name: 'EventRef',
    file: 'prose/EventRef.astro',
    props: ['id'],
    ids: { id: 'event' },
    chaptersOnly: false,
    example: '<EventRef id="altman-fired">被解僱</EventRef>',
    renders: 'a link to the event',
  },
  {
    name: 'Cite',
    file: 'prose/Cite.astro',
    props: ['id'],
    ids: { id: 'source' },
    chaptersOnly: false,
    example: '<Cite id="atlantic-inside-chaos" />',
    renders: 'a numbered citation to a source',
  },
  {
    name: 'Claim',
    file: 'prose/Claim.astro',
    props: ['status', 'source'],
    ids: { source: 'source' },
    chaptersOnly: false,
    example: '<Claim status="rumour" source="information-war-within">…</Claim>',
    renders: 'text labelled as 報導 / 傳聞 / 觀點 with its source',
  },
  {
    name: 'NoConvert',
    file: 'prose/NoConvert.astro',
    props: [],
    ids: {},
    chaptersOnly: false,
    example: '<NoConvert>…</NoConvert>',
    renders: 'text kept as written in the Simplified edition',
  },
  {
    name: 'ScriptText',
    file: 'prose/ScriptText.astro',
    props: ['hant', 'hans'],
    ids: {},
    chaptersOnly: false,
    example: '<ScriptText hant="…" hans="…" />',
    renders: 'different words per script',
  },
  {
    name: 'Timeline',
    file: 'charts/TimelineChart.astro',
    props: ['from', 'to', 'caption'],
    ids: { from: 'event', to: 'event' },
    chaptersOnly: true,
    example: '<Timeline from="shear-all-hands" to="nadella-on-bloomberg" caption="…" />',
    renders: 'the events from one to the other (ids), every one labelled when there are 16 or fewer; without `from`/`to` the whole story',
  },
  {
    name: 'Succession',
    file: 'charts/SuccessionStrip.astro',
    props: [],
    ids: {},
    chaptersOnly: true,
    example: '<Succession />',
    renders: 'who held each office that changes hands (events with `succession`)',
  },
  {
    name: 'Board',
    file: 'charts/BoardChart.astro',
    props: [],
    ids: {},
    chaptersOnly: true,
    example: '<Board />',
    renders: 'the board before and after (profiles with `board`)',
  },
  {
    name: 'Letter',
    file: 'charts/TallyChart.astro',
    props: [],
    ids: {},
    chaptersOnly: true,
    example: '<Letter />',
    renders: 'reported counts against the whole (events with `tally`; the whole is the largest `total`)',
  },
  {
    name: 'Structure',
    file: 'charts/StructureChart.astro',
    props: ['caption'],
    ids: {},
    chaptersOnly: true,
    example: '<Structure caption="…" />',
    renders: 'organisations and what each does to the other (glossary `links`)',
  },
] as const satisfies readonly MdxComponent[];

type Entry = (typeof mdxComponents)[number];

/** The components whose attributes name ids, so their uses are mentions: Person, Term, … Timeline. */
export type MentioningComponent = Entry extends infer E
  ? E extends Entry
    ? keyof E['ids'] extends never
      ? never
      : E['name']
    : never
  : never;

/** The entry for a tag, if content may use it at all. */
export function mdxComponent(name: string): MdxComponent | undefined {
  return mdxComponents.find((c) => c.name === name);
}
