// The edge between Astro's content layer and the plain domain model: the documentary as the content
// reader checked it (src/loaders/documentary-loader.ts stores it), once per build.
import { getEntry } from 'astro:content';
import type { ConversionData } from '@/content-schemas';
import type { Documentary } from '@/domain/model';
import type { RenderedBody } from '@/markdown/rendered-body';

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

/** The collections whose entries have an MDX body. */
export type BodyCollection = 'chapters' | 'events' | 'profiles' | 'glossary';

/** An entry's body as the loader rendered it (src/markdown/rendered-body.ts), for MdxBody.astro; and its text. */
export async function bodyOf(collection: BodyCollection, id: string): Promise<RenderedBody & { source: string }> {
  const entry = await getEntry(collection, id);
  const rendered = entry?.rendered?.metadata as Partial<RenderedBody> | undefined;
  if (!entry || !rendered?.parts) throw new Error(`${collection}/${id} has no rendered body: the loader stores one for every .mdx entry.`);
  return { parts: rendered.parts, headings: rendered.headings ?? [], source: entry.body ?? '' };
}
