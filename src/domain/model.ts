// The documentary as plain data: what pages render and what the checks and indexes work on.
import type { Precision } from './time-format';

export type Claim = 'fact' | 'reported' | 'rumour' | 'opinion';

/** References an MDX body makes through its components, with the line each is on. */
export interface Mention {
  component: 'Person' | 'Term' | 'EventRef' | 'Cite' | 'Claim' | 'Timeline';
  /** The attribute that names the id: `id`, Claim's `source`, Timeline's `from` and `to`. */
  attribute: string;
  id: string;
  line: number;
}

interface Authored {
  id: string;
  /** Path of the file, relative to the project, for error messages. */
  file: string;
  mentions: Mention[];
}

export interface DocEvent extends Authored {
  title: string;
  /** What readers type for what happened (開除, 復職); search takes them as the event's names. */
  aliases?: string[];
  kind: 'main' | 'aside';
  seq: number;
  main?: string;
  /** As authored, with its offset; absent in hand-made test models. */
  time?: string;
  epochMs: number;
  precision: Precision;
  zone: string;
  summary: string;
  people: string[];
  sources: string[];
  claim: Claim;
  succession?: { office: string; holder: string; previous?: string };
  /** A turning point labelled in place on the timeline: true (its title) or a short label. */
  highlight?: true | string;
  tally?: { series: string; value: number; total?: number; share?: number; atLeast: boolean };
}

export interface Role {
  title: string;
  fromMs?: number;
  untilMs?: number;
}

export interface DocProfile extends Authored {
  name: string;
  shortName: string;
  nameOriginal: string;
  aliases: string[];
  summary: string;
  roles: Role[];
  affiliations: string[];
  group?: string;
  board?: { before: boolean; after: boolean; vote?: 'for' | 'against'; chair: boolean };
  fromPublicReporting: boolean;
}

export interface DocChapter extends Authored {
  title: string;
  label: string;
  order: number;
  summary: string;
}

export interface DocTerm extends Authored {
  term: string;
  english?: string;
  aliases: string[];
  definition: string;
  /** Arrows to the terms this organisation controls, funds or owns. */
  links: { to: string; relation: string }[];
}

export interface DocSource {
  id: string;
  file: string;
  title: string;
  subtitle?: string;
  publisher: string;
  kind: 'article' | 'post' | 'interview';
  author?: string;
  date?: string;
  url?: string;
  archiveUrl?: string;
  primary: boolean;
  credits: { role: string; name: string }[];
  note?: string;
}

export interface DocSite {
  file: string;
  title: string;
  subtitle: string;
  description: string;
  lede: string;
  timeZones: { zone: string; label: string }[];
  headline: { from: string; to: string; label: string };
  publisher: string;
  peopleGroups: { id: string; label: string }[];
  words: StoryWords;
}

/** Words of this story the pages need (site.yaml `words`); the generator's own wording is in i18n/ui.ts. */
export interface StoryWords {
  elapsedSince: string;
  primarySource: string;
  glossaryIntro: string;
  board?: { before: string; after: string; for: string; against: string; vote: string };
  tally?: { whole: string; counted: string; notCounted: string; point: string };
}

export interface Documentary {
  site: DocSite;
  chapters: DocChapter[];
  events: DocEvent[];
  profiles: DocProfile[];
  terms: DocTerm[];
  sources: DocSource[];
}
