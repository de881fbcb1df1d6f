import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { documentary, event } from '../../domain/model.fixture';
import { toEpochMs } from '../../domain/instant';
import { buildRouteData, type RouteData } from '../../data/route';
import Person from './Person.astro';

// A prose component rendered alone: everything it knows of the page comes from the route data handed in.
const doc = documentary({
  events: [event({ id: 'fired', seq: 1 }), event({ id: 'returns', seq: 2, epochMs: toEpochMs('2023-11-22T14:03:00+08:00') })],
  profiles: [
    {
      ...documentary().profiles[0],
      summary: '故事的主角',
      roles: [
        { title: '執行長', untilMs: toEpochMs('2023-11-17T12:00:00-08:00') },
        { title: '前執行長', fromMs: toEpochMs('2023-11-17T12:00:00-08:00') },
      ],
    },
  ],
});

async function render(route: RouteData, times = 1): Promise<string> {
  const container = await AstroContainer.create();
  let html = '';
  for (let i = 0; i < times; i++) {
    html += await container.renderToString(Person, { props: { id: 'sam-altman' }, slots: { default: '阿爾特曼' }, locals: { route } });
  }
  return html;
}

describe('<Person> rendered alone with hand-made route data', () => {
  it('links to the profile in the page script and tells the role at the moment of an event page', async () => {
    const html = await render(
      buildRouteData(doc, { routePattern: '/[script]/events/[slug]', params: { script: 'zh-hans', slug: 'returns' } }),
    );
    expect(html).toContain('href="/zh-hans/people/sam-altman/"');
    expect(html).toContain('前執行長');
    expect(html).not.toContain('故事的主角');
  });

  it('on a page without a moment, leaves who the person is to notes.json (the same on every page)', async () => {
    const html = await render(
      buildRouteData(doc, { routePattern: '/[script]/chapters/[slug]', params: { script: 'zh-hant', slug: 'process' } }),
    );
    expect(html).toContain('href="/zh-hant/people/sam-altman/"');
    expect(html).toContain('class="in-place in-place-person"');
    expect(html).not.toContain('故事的主角');
    expect(html).not.toContain('role="tooltip"');
  });

  it('explains in place only at the first mention on the page', async () => {
    const html = await render(
      buildRouteData(doc, { routePattern: '/[script]/events/[slug]', params: { script: 'zh-hant', slug: 'returns' } }),
      2,
    );
    expect(html.match(/role="tooltip"/g)).toHaveLength(1);
    expect(html.match(/class="in-place /g)).toHaveLength(1);
    expect(html).toContain('person-ref quiet');
  });

  it('says where route data comes from when there is none', async () => {
    const container = await AstroContainer.create();
    await expect(container.renderToString(Person, { props: { id: 'sam-altman' } })).rejects.toThrow(/outside a page render/);
  });
});
