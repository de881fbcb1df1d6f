// The documentary as plain data: what pages render and what the checks and indexes work on. Each entry is
// its file's frontmatter as the schemas in src/content-schemas.ts read it (types only: no Astro here),
// plus what the build computes from it.
import type { ChapterData, CorrectionData, EventData, ProfileData, SiteData, SourceData, TermData } from '../content-schemas';
import type { MentioningComponent } from './mdx-components';

export type { Claim, Precision, TimeBasis, TimeBasisHow } from '../content-schemas';

/** References an MDX body makes through its components, with the line each is on. */
export interface Mention {
  /** A component whose attributes name ids (src/domain/mdx-components.ts). */
  component: MentioningComponent;
  /** The attribute that names the id: `id`, Claim's `source`, Timeline's `from` and `to`. */
  attribute: string;
  id: string;
  line: number;
  /** The text of the `##` section the mention sits in; absent before the first heading. */
  section?: string;
}

interface Authored {
  id: string;
  /** Path of the file, relative to the project, for error messages. */
  file: string;
  mentions: Mention[];
}

export interface DocEvent extends Authored, Omit<EventData, 'time'> {
  /** As authored, with its offset; absent in hand-made test models. */
  time?: string;
  epochMs: number;
}

/** A role with its bounds as instants. */
export interface Role {
  title: string;
  fromMs?: number;
  untilMs?: number;
}

export interface DocProfile extends Authored, Omit<ProfileData, 'roles'> {
  roles: Role[];
}

export interface DocChapter extends Authored, ChapterData {
  /** The schema's label, or the title where there is none. */
  label: string;
}

export interface DocTerm extends Authored, TermData {}

export interface DocSource extends SourceData {
  file: string;
}

export interface DocSite extends SiteData {
  file: string;
}

/** An entry of the corrections log; its id is its file name. */
export interface DocCorrection extends CorrectionData {
  id: string;
  file: string;
}

export interface Documentary {
  site: DocSite;
  chapters: DocChapter[];
  events: DocEvent[];
  profiles: DocProfile[];
  terms: DocTerm[];
  sources: DocSource[];
  /** The public corrections log, in no particular order (empty when the documentary has none). */
  corrections: DocCorrection[];
}
