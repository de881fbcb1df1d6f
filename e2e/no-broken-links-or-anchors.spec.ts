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
      else if (url.hash && !target.ids.has(decodeURIComponent(url.hash.slice(1))))
        broken.push(`${from} → ${url.pathname}${url.hash}: no such anchor`);
    }
  }
  expect(paths.length).toBeGreaterThan(150);
  expect(broken).toEqual([]);
});

test('links that leave the site are well-formed, marked ↗ and open without a referrer; no other link carries ↗', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const problems: string[] = [];
  let external = 0;
  for (const from of await sitemapPaths(request)) {
    for (const { href, rel, target, text, html } of parsePage(await (await request.get(from)).text()).links) {
      // Only the format is checked: no request may leave the origin during tests.
      const url = new URL(href, new URL(from, origin));
      const marked = text.includes('↗');
      if (url.origin === origin) {
        if (marked) problems.push(`${from}: internal link ${url.pathname}${url.hash} is marked ↗`);
        continue;
      }
      external++;
      if (url.protocol !== 'https:') problems.push(`${from}: ${href} is not https`);
      if (!rel.includes('noopener') || !rel.includes('noreferrer')) problems.push(`${from}: ${href} lacks rel="noopener noreferrer"`);
      if (target !== undefined) problems.push(`${from}: ${href} opens a new window`);
      if (!marked) problems.push(`${from}: ${html.slice(0, 120)} leaves the site without ↗`);
    }
  }
  expect(external).toBeGreaterThan(5);
  expect(problems).toEqual([]);
});
