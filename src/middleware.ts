import { defineMiddleware, sequence } from 'astro:middleware';
import { documentary } from './data/documentary';
import { buildRouteData } from './data/route';
import { conversion, OTHER_LANGUAGE } from './i18n/convert-html';
import { toSimplifiedEdition } from './i18n/simplified-edition';
import { base } from './i18n/paths';
import { derivedScript } from './i18n/scripts';
import { cspPolicy } from './html/csp-policy';
import { headingWords } from './html/heading-words';
import { rewriteHtml } from './html/rewrite-html';
import { typesetTraditional } from './i18n/typography';
import { joinNoteMarks, latinRuns, namesAtDots, spaceAcrossTags } from './html/text-setting';

/** Before a page renders: its route data (src/data/route.ts), built once from the checked documentary. */
const attachRouteData = defineMiddleware(async (context, next) => {
  context.locals.route = buildRouteData(await documentary(), context);
  return next();
});

/**
 * Every HTML page passes through here, in dev and build alike, before the search index reads the output:
 * - pages under /zh-hans/ are rendered from the Traditional source and their reader-visible text is
 *   converted here, the one place the Simplified edition is made;
 * - each page's Content-Security-Policy keeps only the hashes that page uses, and moves to the top of
 *   `<head>` so it governs everything after it;
 * - pages under /zh-hant/ (and the site-wide ones) are set in the Traditional edition's house style
 *   (src/i18n/typography.ts): 「」 around quoted English, the space between Chinese and Latin (also where
 *   they meet at a tag: src/html/text-setting.ts);
 * - headings get a `<wbr>` between words (found in the page's own script) so they never break mid-word;
 * - English runs with quotes or apostrophes are marked as English (set narrow), footnote markers kept with
 *   the word before them, and names in the prose may break at their middle dot only.
 */
const finishHtml = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const simplified = context.url.pathname.startsWith(`${base}${derivedScript}/`);
  // One parse of the page for all of these. The text steps run in this order on each text node: English
  // runs are found in the Traditional source, so both editions mark the same ones; each edition's house
  // style then sets their quotes (「」 in Traditional; the converter gives “” in Simplified); heading words
  // are found in the page's own script.
  const html = rewriteHtml(await response.text(), [
    cspPolicy(),
    latinRuns,
    ...(simplified ? [conversion(await toSimplifiedEdition())] : [conversion(typesetTraditional, OTHER_LANGUAGE), spaceAcrossTags()]),
    headingWords(simplified ? 'zh-Hans' : 'zh-Hant'),
    namesAtDots,
  ]);
  return new Response(joinNoteMarks(html), { status: response.status, headers: response.headers });
});

export const onRequest = sequence(attachRouteData, finishHtml);
