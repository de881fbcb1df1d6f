import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site';

test('no internal link or #anchor is broken, across both scripts', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const pages = new Map<string, string>();
  const fetchPage = async (path: string) => {
    if (!pages.has(path)) {
      const response = await request.get(path);
      pages.set(path, response.ok() ? await response.text() : `HTTP ${response.status()}`);
    }
    return pages.get(path)!;
  };
  const ids = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  const broken: string[] = [];
  const paths = await sitemapPaths(request);
  for (const from of paths) {
    const html = await fetchPage(from);
    for (const [, raw] of html.matchAll(/<a\b[^>]*\bhref="([^"]+)"/g)) {
      const url = new URL(raw.replaceAll('&amp;', '&'), new URL(from, origin));
      if (url.origin !== origin || url.pathname.endsWith('.xml')) continue;
      const target = await fetchPage(url.pathname);
      if (target.startsWith('HTTP ')) broken.push(`${from} → ${url.pathname}: ${target}`);
      else if (url.hash && !ids(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from} → ${url.pathname}${url.hash}: no such anchor`);
    }
  }
  expect(paths.length).toBeGreaterThan(150);
  expect(broken).toEqual([]);
});
