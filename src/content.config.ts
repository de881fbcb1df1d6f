import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
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
import type { ConversionData } from './content-schemas';
import type { Documentary } from './domain/model';
import { CHECKED, documentaryLoader } from './loaders/documentary-loader';

// Every collection is filled from one reading of the content folder (src/reader/read-documentary.ts),
// which checks everything before anything is stored; what each collection is, where it lives and its
// schema are listed in src/reader/collections.ts. The schemas are named here too so Astro types the entries.
export const collections = {
  chapters: defineCollection({ loader: documentaryLoader('chapters'), schema: chapterSchema }),
  events: defineCollection({ loader: documentaryLoader('events'), schema: eventSchema }),
  profiles: defineCollection({ loader: documentaryLoader('profiles'), schema: profileSchema }),
  glossary: defineCollection({ loader: documentaryLoader('glossary'), schema: termSchema }),
  sources: defineCollection({ loader: documentaryLoader('sources'), schema: sourceSchema }),
  site: defineCollection({ loader: documentaryLoader('site'), schema: siteSchema }),
  conversion: defineCollection({ loader: documentaryLoader('conversion'), schema: conversionSchema }),
  corrections: defineCollection({ loader: documentaryLoader('corrections'), schema: correctionSchema }),
  // The checked documentary, as the pages read it (src/data/documentary.ts).
  [CHECKED]: defineCollection({
    loader: documentaryLoader(CHECKED),
    schema: z.custom<{ documentary: Documentary; conversion?: ConversionData }>(),
  }),
};
