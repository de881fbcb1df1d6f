import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';

/** Every built page (path as served) that draws a timeline, read from the build folder. */
export function pagesWithTimelines(dir = 'dist'): string[] {
  const pages: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'index.html' && readFileSync(path, 'utf8').includes('data-timeline-chart'))
        pages.push(`/${relative(dir, folder)}/`.replace(/\/+$/, '/'));
    }
  };
  walk(dir);
  return pages.sort();
}

export interface Crossing {
  chart: number;
  leader: string;
  label: string;
  labelText: string;
}

/** A mark other than its own that a leader runs over on its way down. */
export interface MarkCrossed {
  chart: number;
  leader: string;
  mark: string;
  /** Whether the mark has a label of its own (two labelled marks of one moment must stack). */
  labelled: boolean;
  /** Whether the mark is painted over the leader, hiding where the leader goes. */
  hidesLeader: boolean;
}

/**
 * Every leader line in the visible timelines of the page that runs through a label other than its own:
 * each leader is walked pixel by pixel (in screen coordinates) against every other label's text box.
 */
export function leaderCrossings(
  page: Page,
): Promise<{ charts: number; leaders: number; crossings: Crossing[]; marksCrossed: MarkCrossed[] }> {
  return page.evaluate(async () => {
    // Label boxes are measured in the page's own fonts.
    await document.fonts.ready;
    const visible = (el: Element) => (el as SVGElement).checkVisibility() && getComputedStyle(el).display !== 'none';
    const charts = [...document.querySelectorAll('[data-timeline-chart] svg.tl-wide, [data-timeline-chart] svg.tl-tall')].filter(
      (svg) => visible(svg) && svg.querySelector('.tl-leader'),
    );
    let leaders = 0;
    const crossings: Crossing[] = [];
    const marksCrossed: MarkCrossed[] = [];
    charts.forEach((svg, chart) => {
      // A label is the text of one mark (its lines together); its id is the mark's event.
      const labels = [...svg.querySelectorAll('a[data-event]')]
        .map((a) => ({ id: a.getAttribute('data-event')!, texts: [...a.querySelectorAll('text')] }))
        .filter((l) => l.texts.length > 0)
        .map((l) => ({ id: l.id, text: l.texts.map((t) => t.textContent).join(''), boxes: l.texts.map((t) => t.getBoundingClientRect()) }));
      for (const leader of svg.querySelectorAll<SVGGeometryElement>('.tl-leader')) {
        leaders++;
        const own = leader.getAttribute('data-leader-of') ?? leader.closest('a[data-event]')?.getAttribute('data-event');
        const matrix = leader.getScreenCTM()!;
        const length = leader.getTotalLength();
        const points: DOMPoint[] = [];
        for (let at = 0; at <= length; at += 0.5) points.push(leader.getPointAtLength(at).matrixTransform(matrix));
        for (const label of labels) {
          if (label.id === own) continue;
          // Half a pixel of slack: a leader that only grazes the box's anti-aliased edge does not cross it.
          const hit = label.boxes.some((b) =>
            points.some((p) => p.x > b.left + 0.5 && p.x < b.right - 0.5 && p.y > b.top + 0.5 && p.y < b.bottom - 0.5),
          );
          if (hit) crossings.push({ chart, leader: own ?? '?', label: label.id, labelText: label.text });
        }
        for (const a of svg.querySelectorAll('a[data-event]')) {
          const id = a.getAttribute('data-event')!;
          const shape = a.querySelector('path:not(.tl-leader)');
          if (id === own || !shape || a.contains(leader)) continue;
          // A pixel inside the mark's box on each side: a leader that only grazes its anti-aliased edge does not cross it.
          const b = shape.getBoundingClientRect();
          if (!points.some((p) => p.x > b.left + 1 && p.x < b.right - 1 && p.y > b.top + 1 && p.y < b.bottom - 1)) continue;
          marksCrossed.push({
            chart,
            leader: own ?? '?',
            mark: id,
            labelled: a.querySelector('text') !== null,
            hidesLeader: Boolean(leader.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING),
          });
        }
      }
    });
    return { charts: charts.length, leaders, crossings, marksCrossed };
  });
}

/**
 * Pairs of axis labels (days, clock times, the other zone's clock) in the visible phone timelines of the page
 * whose words print over each other.
 */
export function tickTextOverlaps(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const found: string[] = [];
    for (const svg of document.querySelectorAll('[data-timeline-chart] svg.tl-tall')) {
      if (!(svg as SVGElement).checkVisibility()) continue;
      // A tick's own two lines (its clock and the other zone's) are set one under the other on purpose.
      const texts = [...svg.querySelectorAll('.tl-tick text')].filter((t) => (t as SVGElement).checkVisibility());
      const boxes = texts.map((t) => ({ tick: t.parentElement, text: t.textContent ?? '', box: t.getBoundingClientRect() }));
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1).filter((b) => b.tick !== a.tick)) {
          const overlap =
            Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left) > 1 &&
            Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top) > 1;
          if (overlap) found.push(`${a.text} over ${b.text}`);
        }
      });
    }
    return found;
  });
}
