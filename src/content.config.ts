import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './content-dir';
import { yamlFile } from './loaders/yaml-file';
import { checkContentFolder } from './loaders/content-folder';
import { checkContentFiles } from './loaders/content-files';
import { withClearErrors } from './loaders/clear-errors';
import { optionalFolder } from './loaders/optional-folder';
import {
  chapterSchema,
  conversionSchema,
  correctionSchema,
  eventSchema,
  profileSchema,
  siteSchema,
  sourceSchema,
  termSchema,
} from './content-schemas';

// Before any file is read: nothing outside the content folder, and every file name a clean id; then every
// file readable as UTF-8 with closed, well-formed frontmatter, said in an author's words.
const folderProblems = checkContentFolder(contentDir);
if (folderProblems.length) throw new Error(folderProblems.join('\n'));
const fileProblems = checkContentFiles(contentDir);
if (fileProblems.length) throw new Error(fileProblems.join('\n'));

// The schemas live in src/content-schemas.ts, where the domain model derives its types from them.

// The documentary's parts: longform chapters in reading order.
const chapters = defineCollection({
  loader: withClearErrors(glob({ pattern: '*.mdx', base: `${contentDir}/chapters` })),
  schema: chapterSchema,
});

// One dated happening each: the main line and the asides that hang off it.
const events = defineCollection({
  loader: withClearErrors(glob({ pattern: '*.mdx', base: `${contentDir}/events` })),
  schema: eventSchema,
});

// Everyone the documentary names.
const profiles = defineCollection({
  loader: withClearErrors(glob({ pattern: '*.mdx', base: `${contentDir}/profiles` })),
  schema: profileSchema,
});

// Terms a reader may not know, each with its own page. Optional: without it the site has no glossary.
const glossary = defineCollection({
  loader: withClearErrors(optionalFolder(`${contentDir}/glossary`, glob({ pattern: '*.mdx', base: `${contentDir}/glossary` }))),
  schema: termSchema,
});

// The works the documentary rests on.
const sources = defineCollection({
  loader: withClearErrors(yamlFile(`${contentDir}/sources.yaml`)),
  schema: sourceSchema,
});

// Site-wide metadata: what the documentary is called and how it tells time.
const site = defineCollection({
  loader: withClearErrors(yamlFile(`${contentDir}/site.yaml`, { single: 'site' })),
  schema: siteSchema,
});

// Reviewed exceptions to the Traditional → Simplified conversion.
const conversion = defineCollection({
  loader: withClearErrors(yamlFile(`${contentDir}/conversion.yaml`, { single: 'conversion', optional: true })),
  schema: conversionSchema,
});

// The public corrections log, one YAML file per correction; a documentary without the folder has none.
const corrections = defineCollection({
  loader: existsSync(`${contentDir}/corrections`)
    ? withClearErrors(glob({ pattern: '*.yaml', base: `${contentDir}/corrections` }))
    : { name: 'no-corrections', load: async () => {} },
  schema: correctionSchema,
});

export const collections = { chapters, events, profiles, glossary, sources, site, conversion, corrections };
