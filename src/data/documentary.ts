// The edge between Astro's content layer and the plain domain model: the documentary as the content
// reader checked it (src/loaders/documentary-loader.ts stores it), once per build.
import { getEntry } from 'astro:content';
import type { ConversionData } from '@/content-schemas';
import type { Documentary } from '@/domain/model';

let loaded: Promise<Documentary> | undefined;

async function load(): Promise<Documentary> {
  const checked = (await checkedEntry()).documentary;
  // The loader stops the build before this on bad content; in `astro dev` it said why in the terminal.
  if (!checked) throw new Error('The content has problems (listed in the terminal); fix them and reload.');
  return checked;
}

/** The whole documentary, loaded and checked once per build. Every page reads from it. */
export function documentary(): Promise<Documentary> {
  return (loaded ??= load());
}

async function checkedEntry(): Promise<{ documentary?: Documentary; conversion?: ConversionData }> {
  return (await getEntry('documentary', 'documentary'))?.data ?? {};
}

/** The reviewed word table of the Simplified edition (content/conversion.yaml), as the reader checked it. */
export async function conversionTable(): Promise<ConversionData['overrides']> {
  return (await checkedEntry()).conversion?.overrides ?? [];
}

/** The words readers type for what the text names otherwise (content/conversion.yaml `search`), as checked. */
export async function searchSynonyms(): Promise<NonNullable<ConversionData['search']>> {
  return (await checkedEntry()).conversion?.search ?? [];
}
