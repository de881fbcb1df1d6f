import { expect, test } from '@playwright/test';
import { internalLinks, sitemapPaths } from './support/site';

const PEOPLE = [
  'sam-altman',
  'greg-brockman',
  'ilya-sutskever',
  'mira-murati',
  'emmett-shear',
  'satya-nadella',
  'bret-taylor',
  'larry-summers',
  'adam-dangelo',
  'dario-amodei',
  'brian-chesky',
  'elon-musk',
  'anna-brockman',
  'alex-cohen',
  'brad-lightcap',
  'jason-kwon',
  'jakub-pachocki',
  'szymon-sidor',
  'helen-toner',
  'tasha-mccauley',
];

test('the documentary holds 3 chapters, 21 main events, 16 asides and every person', async ({ request }) => {
  const paths = await sitemapPaths(request);
  for (const script of ['zh-hant', 'zh-hans']) {
    const under = (kind: string) => paths.filter((p) => new RegExp(`^/${script}/${kind}/[^/]+/$`).test(p));
    expect(under('chapters')).toHaveLength(3);
    expect(under('events')).toHaveLength(37);
    for (const person of PEOPLE) expect(paths).toContain(`/${script}/people/${person}/`);
  }
  const timeline = await (await request.get('/zh-hant/timeline/')).text();
  expect(timeline.match(/data-kind="main"/g)).toHaveLength(21);
  expect(timeline.match(/data-kind="aside"/g)).toHaveLength(16);
});

test('every event, person and term page is within three clicks of the home page', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const depth = new Map<string, number>([['/zh-hant/', 0]]);
  let frontier = ['/zh-hant/'];
  for (let level = 1; level <= 3; level++) {
    const next: string[] = [];
    for (const path of frontier) {
      const response = await request.get(path);
      if (!response.ok() || !response.headers()['content-type']?.includes('html')) continue;
      for (const link of internalLinks(await response.text(), origin, path)) {
        if (!depth.has(link)) {
          depth.set(link, level);
          next.push(link);
        }
      }
    }
    frontier = next;
  }
  const targets = (await sitemapPaths(request)).filter((p) => /^\/zh-hant\/(events|people|glossary)\/[^/]+\/$/.test(p));
  expect(targets.length).toBeGreaterThan(70);
  expect(targets.filter((t) => !depth.has(t))).toEqual([]);
});
