import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import { documentary, event } from '@/domain/model.fixture';
import { buildRouteData } from '@/data/route';
import { TURNING_POINTS_MAX } from '@/domain/timeline-density';
import TimelineChart from './TimelineChart.astro';

// The chart measures labels in the Simplified edition too, whose converter reads the built documentary's word
// table; this generated story has none, so its labels measure as written.
vi.mock('../../i18n/simplified-edition', () => ({ toSimplifiedEdition: async () => (text: string) => text }));

// A generated story of 20,000 events, one an hour for 833 days, every 400th a turning point, one person in
// every fourth: the chart must still be a picture of a bounded size, not 20,000 marks.
const HOUR = 3_600_000;
const start = Date.UTC(2024, 0, 1, 12);
const events = Array.from({ length: 20_000 }, (_, i) =>
  event({
    id: `event-${i + 1}`,
    seq: i + 1,
    title: `事件 ${i + 1}`,
    kind: i % 7 === 3 ? 'aside' : 'main',
    epochMs: start + i * HOUR,
    zone: 'UTC',
    highlight: i % 400 === 0 ? true : undefined,
    people: i % 4 === 0 ? ['sam-altman'] : [],
  }),
);
const doc = documentary({ events });
const route = buildRouteData(doc, { routePattern: '/[script]/timeline', params: { script: 'zh-hant' } });

async function render(props: Record<string, unknown>): Promise<string> {
  const container = await AstroContainer.create();
  // Without the dev server's source annotations on every element, which a built page does not carry.
  return (await container.renderToString(TimelineChart, { props, locals: { route } })).replace(
    / data-astro-source-(file|loc)="[^"]*"/g,
    '',
  );
}
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('a timeline of 20,000 events', () => {
  it('draws their density and labels only the turning points, every bar a link to its day', async () => {
    const html = await render({});
    expect(html).toContain('data-dense');
    expect(count(html, /class="tl-mark /g)).toBe(TURNING_POINTS_MAX);
    // A legend says what the bars count.
    expect(html).toContain('長條：每段時間的主線事件數');
    expect(html).toContain('花絮數');
    // The bars are drawn once per zone order (this story has two zones), each a bounded picture.
    const parts = html.split(/data-zone-view="([01])"/);
    const bars = [0, 0];
    for (let i = 1; i < parts.length; i += 2) bars[Number(parts[i])] += count(parts[i + 1], /class="tl-bin"/g);
    for (const inView of bars) {
      expect(inView).toBeGreaterThan(60);
      expect(inView).toBeLessThanOrEqual(180 + 60);
    }
    expect(html).toMatch(/href="\/zh-hant\/timeline\/2024-01-01\/"/);
    // The list under it is of days (834 of them), not of 20,000 events.
    expect(count(html.slice(html.indexOf('<details')), /<li\b/g)).toBe(834);
    expect(html).toContain('依日期閱讀這 20000 個事件（834 天）');
    expect(html.length).toBeLessThan(400_000);
  });

  it('a person in 5,000 of them gets the same bounded picture', async () => {
    const html = await render({ person: 'sam-altman' });
    expect(html).toContain('data-dense');
    expect(count(html, /class="tl-mark /g)).toBeLessThanOrEqual(TURNING_POINTS_MAX);
    expect(html.length).toBeLessThan(400_000);
  });

  it('a day of it is drawn event by event, every event labelled or marked', async () => {
    const html = await render({ from: 'event-25', to: 'event-48', list: false });
    expect(html).not.toContain('data-dense');
    expect(count(html, /class="tl-mark /g)).toBe(2 * 24);
  });
});

// A story of days dense enough to be drawn as its density: 200 events, one every 36 minutes from 17
// November 2023, 00:00 in San Francisco.
const fewDays = documentary({
  events: Array.from({ length: 200 }, (_, i) =>
    event({
      id: `day-event-${i + 1}`,
      seq: i + 1,
      title: `事件 ${i + 1}`,
      epochMs: Date.parse('2023-11-17T08:00:00Z') + i * 36 * 60_000,
      zone: 'America/Los_Angeles',
      highlight: i % 50 === 0 ? true : undefined,
    }),
  ),
});

describe('a dense timeline in the reader’s zone', () => {
  it('draws its axis, day shading and bars once per zone order, each on its zone’s clock', async () => {
    const container = await AstroContainer.create();
    const fewDaysRoute = buildRouteData(fewDays, { routePattern: '/[script]/timeline', params: { script: 'zh-hant' } });
    const html = (await container.renderToString(TimelineChart, { props: {}, locals: { route: fewDaysRoute } })).replace(
      / data-astro-source-(file|loc)="[^"]*"/g,
      '',
    );
    expect(html).toContain('data-dense');
    const wide = html.slice(html.indexOf('<svg class="tl-wide"'), html.indexOf('<svg class="tl-tall"'));
    const [, pacific, beijing] = wide.split(/<g class="tl-zone-view" data-zone-view="[01]">/);
    const zoneName = (view: string) => view.match(/class="tl-zone"[^>]*>([^<]+)</)![1];
    const days = (view: string) => [...view.matchAll(/tl-tick tl-major"><line x1="([\d.]+)"[^>]*><\/line><text[^>]*>([^<]+)</g)];
    expect(zoneName(pacific)).toBe('太平洋時間');
    expect(zoneName(beijing)).toBe('北京時間');
    // Pacific midnight of the 18th; Beijing's midnight of the 18th comes 8 hours earlier on the same axis.
    const pacific18 = days(pacific).find((d) => d[2] === '11月18日')!;
    const beijing18 = days(beijing).find((d) => d[2] === '11月18日')!;
    expect(Number(pacific18[1]) - Number(beijing18[1])).toBeGreaterThan(20);
    // Each view shades every other day of its own zone, edged at its own midnights.
    for (const view of [pacific, beijing]) {
      const edges = [...view.matchAll(/class="tl-day" x="([\d.]+)"[^>]*width="([\d.]+)"/g)].flatMap((m) => [
        Number(m[1]),
        Number(m[1]) + Number(m[2]),
      ]);
      const midnights = days(view).map((d) => Number(d[1]));
      expect(edges.length).toBeGreaterThan(0);
      for (const edge of edges) expect(Math.min(...[...midnights, 96, 1176].map((m) => Math.abs(m - edge)))).toBeLessThan(0.2);
    }
    // The bars count hours in either zone and link to the story's days as its first zone reads them.
    for (const view of [pacific, beijing]) {
      expect(count(view, /class="tl-bin"/g)).toBeGreaterThan(100);
      expect(view).toContain('href="/zh-hant/timeline/2023-11-17/"');
      expect(view).not.toContain('href="/zh-hant/timeline/2023-11-16/"');
    }
    // On a phone, the rows are named in each zone too.
    const tall = html.slice(html.indexOf('<svg class="tl-tall"'));
    expect(tall.split('data-zone-view=').length - 1).toBe(2);
    expect(tall).toContain('北京時間');
  });
});
