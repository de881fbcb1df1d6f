// The parts of a documentary, where each lives in the content folder and the schema it must match. The
// reader, the Astro loader and the folder check all read this list: a new collection is one entry here.
import type { ZodType } from 'astro/zod';
import {
  chapterSchema,
  conversionSchema,
  correctionSchema,
  eventSchema,
  profileSchema,
  siteSchema,
  sourceSchema,
  termSchema,
} from '../content-schemas';

export type Collection =
  /** A folder with one file per entry; the file name is the id and URL slug. `.mdx` entries have a body. */
  | { name: string; kind: 'folder'; folder: string; extension: '.mdx' | '.yaml'; schema: ZodType }
  /** One YAML file holding a list of entries, each with an `id`. */
  | { name: string; kind: 'list'; file: string; schema: ZodType }
  /** One YAML file holding one object, stored as the entry `id`; `optional`: a missing file counts as empty. */
  | { name: string; kind: 'single'; file: string; id: string; schema: ZodType; optional?: boolean };

export const collections = [
  // The documentary's parts: longform chapters in reading order.
  { name: 'chapters', kind: 'folder', folder: 'chapters', extension: '.mdx', schema: chapterSchema },
  // One dated happening each: the main line and the asides that hang off it.
  { name: 'events', kind: 'folder', folder: 'events', extension: '.mdx', schema: eventSchema },
  // Everyone the documentary names.
  { name: 'profiles', kind: 'folder', folder: 'profiles', extension: '.mdx', schema: profileSchema },
  // Terms a reader may not know, each with its own page.
  { name: 'glossary', kind: 'folder', folder: 'glossary', extension: '.mdx', schema: termSchema },
  // The works the documentary rests on.
  { name: 'sources', kind: 'list', file: 'sources.yaml', schema: sourceSchema },
  // Site-wide metadata: what the documentary is called and how it tells time.
  { name: 'site', kind: 'single', file: 'site.yaml', id: 'site', schema: siteSchema },
  // Reviewed exceptions to the Traditional → Simplified conversion.
  { name: 'conversion', kind: 'single', file: 'conversion.yaml', id: 'conversion', schema: conversionSchema, optional: true },
  // The public corrections log, one YAML file per correction; a documentary without the folder has none.
  { name: 'corrections', kind: 'folder', folder: 'corrections', extension: '.yaml', schema: correctionSchema },
] as const satisfies readonly Collection[];

export type CollectionName = (typeof collections)[number]['name'];
