// The words the two editions say differently, for the search code: a query in either vocabulary finds the page.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { createToSimplified } from '../../../i18n/convert';
import { routeData } from '../../../data/route';
import { scriptParams } from '../../../i18n/scripts';
import { simplifiedEditionRules, toSimplifiedEdition } from '../../../i18n/simplified-edition';
import { buildWordMap } from '../../../search/word-variants';

export const getStaticPaths = scriptParams;

export const GET: APIRoute = async (context) => {
  const synonyms = (await getEntry('conversion', 'conversion'))?.data.search ?? [];
  const words = buildWordMap(
    routeData(context).script,
    await simplifiedEditionRules(),
    await toSimplifiedEdition(),
    createToSimplified(),
    synonyms,
  );
  return new Response(JSON.stringify(words), { headers: { 'content-type': 'application/json' } });
};
