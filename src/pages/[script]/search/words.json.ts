// The words the two editions say differently, for the search code: a query in either vocabulary finds the page.
import type { APIRoute } from 'astro';
import { createToSimplified } from '@/i18n/convert';
import { searchSynonyms } from '@/data/documentary';
import { routeData } from '@/data/route';
import { scriptParams } from '@/i18n/scripts';
import { simplifiedEditionRules, toSimplifiedEdition } from '@/i18n/simplified-edition';
import { buildWordMap } from '@/search/word-variants';

export const getStaticPaths = scriptParams;

export const GET: APIRoute = async (context) => {
  const words = buildWordMap(
    routeData(context).script,
    await simplifiedEditionRules(),
    await toSimplifiedEdition(),
    createToSimplified(),
    await searchSynonyms(),
  );
  return new Response(JSON.stringify(words), { headers: { 'content-type': 'application/json' } });
};
