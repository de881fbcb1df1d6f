import { defineMiddleware } from 'astro:middleware';
import { getEntry } from 'astro:content';
import { convertHtml } from './i18n/convert-html';
import { createToSimplified } from './i18n/convert';
import { base } from './i18n/paths';
import { derivedScript } from './i18n/scripts';

let toSimplified: Promise<(text: string) => string> | undefined;

async function converter() {
  const overrides = (await getEntry('conversion', 'conversion'))?.data.overrides ?? [];
  return createToSimplified(overrides);
}

/**
 * The one place the Simplified edition is made: every page under /zh-hans/ is rendered from the
 * Traditional source and its reader-visible text converted here, in dev and build alike, before
 * the search index reads the output.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const inDerivedScript = context.url.pathname.startsWith(`${base}${derivedScript}/`);
  if (!inDerivedScript || !response.headers.get('content-type')?.includes('text/html')) return response;
  const convert = await (import.meta.env.DEV ? converter() : (toSimplified ??= converter()));
  const html = convertHtml(await response.text(), convert);
  return new Response(html, { status: response.status, headers: response.headers });
});
