import { defineMiddleware } from 'astro:middleware';
import { getEntry } from 'astro:content';
import { convertHtml } from './i18n/convert-html';
import { createToSimplified } from './i18n/convert';
import { base } from './i18n/paths';
import { derivedScript } from './i18n/scripts';
import { keepUsedCspHashes } from './html/used-csp-hashes';
import { cspMetaFirst } from './html/csp-meta-first';

let toSimplified: Promise<(text: string) => string> | undefined;

async function converter() {
  const overrides = (await getEntry('conversion', 'conversion'))?.data.overrides ?? [];
  return createToSimplified(overrides);
}

/**
 * Every HTML page passes through here, in dev and build alike, before the search index reads the output:
 * - pages under /zh-hans/ are rendered from the Traditional source and their reader-visible text is
 *   converted here, the one place the Simplified edition is made;
 * - each page's Content-Security-Policy keeps only the hashes that page uses, and moves to the top of
 *   `<head>` so it governs everything after it.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  let html = cspMetaFirst(keepUsedCspHashes(await response.text()));
  if (context.url.pathname.startsWith(`${base}${derivedScript}/`)) {
    const convert = await (import.meta.env.DEV ? converter() : (toSimplified ??= converter()));
    html = convertHtml(html, convert);
  }
  return new Response(html, { status: response.status, headers: response.headers });
});
