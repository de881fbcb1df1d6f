import { describe, expect, it } from 'vitest';
import { documentary, event } from '../domain/model.fixture';
import { buildRouteData, citedSources, pageEntity, routeData } from './route';

const doc = documentary({
  events: [
    event({ id: 'fired', seq: 1, sources: ['seed', 'press'], mentions: [{ component: 'Cite', attribute: 'id', id: 'press', line: 9 }] }),
    event({ id: 'returns', seq: 2 }),
  ],
  sources: [
    { id: 'seed', file: 'content/sources.yaml', title: 't', publisher: 'p', kind: 'article', primary: true, untitled: false, credits: [] },
    {
      id: 'press',
      file: 'content/sources.yaml',
      title: 'u',
      publisher: 'q',
      kind: 'article',
      primary: false,
      untitled: false,
      credits: [],
    },
  ],
});

describe('buildRouteData', () => {
  it('finds the page entry once and starts its reading context with it', () => {
    const route = buildRouteData(doc, { routePattern: '/[script]/events/[slug]', params: { script: 'zh-hans', slug: 'fired' } });
    expect(route.script).toBe('zh-hans');
    expect(pageEntity(route, 'event').id).toBe('fired');
    expect(route.reading.moment).toBe(doc.events[0].epochMs);
    expect(route.reading.citations).toEqual(['press', 'seed']);
    expect(citedSources(route).map((s) => s.id)).toEqual(['press', 'seed']);
    expect(route.reading.explained.size).toBe(0);
  });

  it('gives pages without an entry the source script and an empty reading context', () => {
    const route = buildRouteData(doc, { routePattern: '/404', params: {} });
    expect(route).toMatchObject({ script: 'zh-hant', entity: undefined, reading: { citations: [] } });
    expect(() => pageEntity(route, 'chapter')).toThrow('this page shows a chapter, but its route data holds none');
  });

  it("carries the corrections of the page's own entry, newest first, and none elsewhere", () => {
    const fix = (id: string, date: string, pages: string[]) => ({
      id,
      file: `content/corrections/${id}.yaml`,
      date,
      pages,
      wrong: 'w',
      right: 'r',
      sources: ['seed'],
    });
    const corrected = {
      ...doc,
      corrections: [fix('old', '2026-12-01', ['events/fired']), fix('new', '2026-12-05', ['events/fired', 'profiles/sam-altman'])],
    };
    const onEvent = buildRouteData(corrected, { routePattern: '/[script]/events/[slug]', params: { script: 'zh-hant', slug: 'fired' } });
    expect(onEvent.corrections.map((c) => c.id)).toEqual(['new', 'old']);
    const onProfile = buildRouteData(corrected, {
      routePattern: '/[script]/people/[slug]',
      params: { script: 'zh-hant', slug: 'sam-altman' },
    });
    expect(onProfile.corrections.map((c) => c.id)).toEqual(['new']);
    expect(
      buildRouteData(corrected, { routePattern: '/[script]/events/[slug]', params: { script: 'zh-hant', slug: 'returns' } }).corrections,
    ).toEqual([]);
    expect(buildRouteData(corrected, { routePattern: '/[script]/timeline', params: { script: 'zh-hant' } }).corrections).toEqual([]);
  });

  it('names the route and the id when the entry is missing', () => {
    expect(() => buildRouteData(doc, { routePattern: '/[script]/people/[slug]', params: { script: 'zh-hant', slug: 'nobody' } })).toThrow(
      '/[script]/people/[slug]: no profile has the id "nobody"',
    );
  });

  it('refuses a script it does not publish', () => {
    expect(() => buildRouteData(doc, { routePattern: '/[script]/timeline', params: { script: 'en' } })).toThrow('"en" is not a script');
  });

  it('gives every render its own explained set', () => {
    const request = { routePattern: '/[script]/chapters/[slug]', params: { script: 'zh-hant', slug: 'process' } };
    expect(buildRouteData(doc, request).reading.explained).not.toBe(buildRouteData(doc, request).reading.explained);
  });
});

describe('routeData', () => {
  it('says where route data comes from when read outside a page', () => {
    expect(() => routeData({ locals: {} })).toThrow(/src\/middleware\.ts sets `locals.route`/);
  });
});
