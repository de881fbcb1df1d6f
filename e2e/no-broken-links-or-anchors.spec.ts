import { expect, test } from '@playwright/test';
import { parsePage, sitemapPaths } from './support/site';

test('no internal link or #anchor is broken, across both scripts', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const pages = new Map<string, ReturnType<typeof parsePage> | string>();
  const fetchPage = async (path: string) => {
    if (!pages.has(path)) {
      const response = await request.get(path);
      pages.set(path, response.ok() ? parsePage(await response.text()) : `HTTP ${response.status()}`);
    }
    return pages.get(path)!;
  };
  const broken: string[] = [];
  const paths = await sitemapPaths(request);
  for (const from of paths) {
    const page = await fetchPage(from);
    if (typeof page === 'string') {
      broken.push(`${from}: ${page}`);
      continue;
    }
    for (const href of page.hrefs) {
      const url = new URL(href, new URL(from, origin));
      if (url.origin !== origin || url.pathname.endsWith('.xml')) continue;
      const target = await fetchPage(url.pathname);
      if (typeof target === 'string') broken.push(`${from} → ${url.pathname}: ${target}`);
      else if (url.hash && !target.ids.has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${from} → ${url.pathname}${url.hash}: no such anchor`);
    }
  }
  expect(paths.length).toBeGreaterThan(150);
  expect(broken).toEqual([]);
});
