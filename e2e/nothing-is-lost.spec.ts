// A count that would catch a silently dropped page: every content entry is built in both scripts,
// listed in the sitemap and indexed for search in each script.
import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './support/site';

const contentCount = (folder: string) => readdirSync(`content/${folder}`).filter((f) => f.endsWith('.mdx')).length;

test('every content entry is in both scripts, in the sitemap and in each search index', async ({ request }) => {
  const expected = {
    chapters: contentCount('chapters'),
    events: contentCount('events'),
    people: contentCount('profiles'),
    glossary: contentCount('glossary'),
  };
  const paths = await sitemapPaths(request);
  for (const script of ['zh-hant', 'zh-hans']) {
    for (const [section, count] of Object.entries(expected)) {
      expect(
        paths.filter((p) => new RegExp(`^/${script}/${section}/[^/]+/$`).test(p)),
        `${script}/${section}`,
      ).toHaveLength(count);
    }
  }
  const entry = await (await request.get('/pagefind/pagefind-entry.json')).json();
  // + the sources page, and the corrections log when the content has corrections.
  const hasCorrections = existsSync('content/corrections') && readdirSync('content/corrections').some((f) => f.endsWith('.yaml'));
  const indexed = Object.values(expected).reduce((a, b) => a + b, 0) + 1 + Number(hasCorrections);
  expect(entry.languages['zh-hant'].page_count).toBe(indexed);
  expect(entry.languages['zh-hans'].page_count).toBe(indexed);
});
