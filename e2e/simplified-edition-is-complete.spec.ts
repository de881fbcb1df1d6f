import { expect, test } from '@playwright/test';
import { convertHtml } from '../src/i18n/convert-html';
import { traditionalLeftovers } from '../tests/helpers/traditional-leftovers';
import { pageStructure } from './support/page-structure';
import { sitemapPaths } from './support/site';

// The accessibility walk checks every Traditional page and one Simplified page of each kind: this test is
// what makes that enough, since a Simplified page differs from its Traditional twin only in its wording.
test('both scripts have the same pages, each with the same structure: elements, attributes, anchors, links', async ({ request }) => {
  const paths = await sitemapPaths(request);
  const hant = paths.filter((p) => p.startsWith('/zh-hant/'));
  const hans = paths.filter((p) => p.startsWith('/zh-hans/'));
  expect(hans.map((p) => p.replace('/zh-hans/', '/zh-hant/')).sort()).toEqual([...hant].sort());
  for (const path of hant) {
    const [a, b] = await Promise.all([request.get(path), request.get(path.replace('/zh-hant/', '/zh-hans/'))]);
    const [hantStructure, hansStructure] = [pageStructure(await a.text()), pageStructure(await b.text())];
    // The glossary lists its terms in each script's own order (注音 / 拼音): the same entries, in another order.
    if (path.endsWith('/glossary/')) expect(hansStructure.toSorted(), path).toEqual(hantStructure.toSorted());
    else expect(hansStructure, path).toEqual(hantStructure);
  }
});

test('no Simplified page has anything left to convert: text, titles, meta, alt, aria-label, JSON-LD', async ({ request }) => {
  // The Simplified 404 too (a host serves it for a missing /zh-hans/… address; the site-wide 404 is Traditional).
  const paths = [...(await sitemapPaths(request)).filter((p) => p.startsWith('/zh-hans/')), '/zh-hans/404.html'];
  const leftovers: string[] = [];
  for (const path of paths) {
    const response = await request.get(path);
    const html = await response.text();
    // Walk exactly what the converter converts (text, reader-visible attributes, JSON-LD) and check it.
    convertHtml(html, (text) => {
      for (const found of traditionalLeftovers(text)) leftovers.push(`${path}: ${found}`);
      return text;
    });
  }
  expect(leftovers).toEqual([]);
});

test('Simplified pages say they are Simplified and read as Simplified', async ({ page }) => {
  await page.goto('/zh-hans/events/altman-fired/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await expect(page).toHaveTitle(/董事会/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /阿尔特曼/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'zh_CN');
  const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
  expect(JSON.parse(jsonLd!).name).toMatch(/董事会/);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hant"]')).toHaveAttribute('href', /\/zh-hant\/events\/altman-fired\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="zh-Hans"]')).toHaveAttribute('href', /\/zh-hans\/events\/altman-fired\/$/);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', /\/zh-hant\/events\/altman-fired\/$/);
});

test('the override dictionary reaches readers: 賈伯斯 reads 乔布斯 in Simplified', async ({ request }) => {
  const hant = await (await request.get('/zh-hant/people/steve-jobs/')).text();
  const hans = await (await request.get('/zh-hans/people/steve-jobs/')).text();
  expect(hant).toContain('賈伯斯');
  expect(hans).toContain('乔布斯');
  expect(hans).not.toContain('贾伯斯');
});

test('every sitemap URL carries its alternate in the other script', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemap = await (await request.get(new URL(index.match(/<loc>([^<]+)<\/loc>/)![1]).pathname)).text();
  const entries = sitemap.split('<url>').slice(1);
  expect(entries.length).toBeGreaterThan(100);
  for (const entry of entries) {
    expect(entry).toContain('hreflang="zh-Hant"');
    expect(entry).toContain('hreflang="zh-Hans"');
  }
});
