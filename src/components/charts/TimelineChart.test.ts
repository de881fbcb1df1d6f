import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import { documentary, event } from '../../domain/model.fixture';
import { buildRouteData } from '../../data/route';
import { TURNING_POINTS_MAX } from '../../domain/timeline-density';
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
  return container.renderToString(TimelineChart, { props, locals: { route } });
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
    const bars = count(html, /class="tl-bin"/g);
    expect(bars).toBeGreaterThan(60);
    expect(bars).toBeLessThanOrEqual(180 + 60);
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
