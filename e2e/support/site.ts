import type { APIRequestContext } from '@playwright/test';

/** Every page URL (path only) listed in the built site's sitemap. */
export async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const response = await request.get('/sitemap-index.xml');
  if (!response.ok()) throw new Error('dist/ has no sitemap: it was built without SITE_URL. Build with `npm run build:e2e` for the browser tests.');
  const index = await response.text();
  const paths: string[] = [];
  for (const [, sitemapUrl] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const sitemap = await (await request.get(new URL(sitemapUrl).pathname)).text();
    for (const [, loc] of sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(loc).pathname);
  }
  return paths;
}

/** Internal link targets on an HTML page, as paths without their #fragment. */
export function internalLinks(html: string, origin: string, from: string): string[] {
  const links = new Set<string>();
  for (const [, href] of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
    const url = new URL(href.replaceAll('&amp;', '&'), new URL(from, origin));
    if (url.origin === origin) links.add(url.pathname);
  }
  return [...links];
}
