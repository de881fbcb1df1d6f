// Where the organisations of <Structure/> sit: whoever controls another sits above it, in one column, so
// that the top of the picture is the top of the chain of control; an investor sits beside what it holds a
// stake in, in a second column, its arrow running sideways. Pure geometry in the drawing's own units.

export interface StructureLink {
  from: string;
  to: string;
  relation: string;
  kind: 'controls' | 'invests';
  claim: 'fact' | 'reported' | 'rumour' | 'opinion';
}

export interface PlacedBox {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedArrow extends StructureLink {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Where its label starts, and which way it runs from there. */
  labelX: number;
  labelY: number;
  anchor: 'start' | 'middle';
  /** The relation broken at its commas, one clause a line. */
  lines: string[];
}

export const STRUCTURE = { boxW: 150, boxH: 52, rowGap: 76, sideGap: 100, margin: 4 };

/** `note` adds a last line under a relation's label, e.g. how a reported relation is known. */
export function structureLayout(links: StructureLink[], note: (link: StructureLink) => string | undefined = () => undefined) {
  const { boxW, boxH, rowGap, sideGap, margin } = STRUCTURE;
  const control = links.filter((l) => l.kind === 'controls');
  const ids = [...new Set(links.flatMap((l) => [l.from, l.to]))];
  const investors = new Set(ids.filter((id) => !control.some((l) => l.from === id || l.to === id)));
  // Row: one below the deepest controller (longest path from the top of the chain).
  const row = new Map(ids.map((id) => [id, 0]));
  for (let round = 0; round < ids.length; round++) for (const l of control) row.set(l.to, Math.max(row.get(l.to)!, row.get(l.from)! + 1));
  for (const l of links) if (investors.has(l.from)) row.set(l.from, row.get(l.to)!);
  const chain = ids.filter((id) => !investors.has(id));
  const beside = ids.filter((id) => investors.has(id));
  const hasSide = beside.length > 0;
  const top = (r: number) => margin + r * (boxH + rowGap);
  const boxes = new Map<string, PlacedBox>();
  // Several controlled terms in one row sit side by side in the chain's column.
  for (const [r, inRow] of Map.groupBy(chain, (id) => row.get(id)!))
    inRow.forEach((id, i) => boxes.set(id, { id, x: margin + i * (boxW + 16), y: top(r), w: boxW, h: boxH }));
  const chainRight = Math.max(...[...boxes.values()].map((b) => b.x + b.w));
  for (const [r, inRow] of Map.groupBy(beside, (id) => row.get(id)!))
    inRow.forEach((id, i) => boxes.set(id, { id, x: chainRight + sideGap + i * (boxW + 16), y: top(r), w: boxW, h: boxH }));
  const width = Math.max(...[...boxes.values()].map((b) => b.x + b.w)) + margin;
  const height = Math.max(...[...boxes.values()].map((b) => b.y + b.h)) + margin;
  const arrows: PlacedArrow[] = links.map((l) => {
    const a = boxes.get(l.from)!;
    const b = boxes.get(l.to)!;
    const lines = [...l.relation.split(/[，,]\s*/), ...[note(l)].filter((n) => n !== undefined)];
    if (l.kind === 'invests') {
      // Sideways, into the side of what it holds a stake in; the label stacked above the arrow.
      const y = b.y + b.h / 2;
      const [x1, x2] = a.x > b.x ? [a.x, b.x + b.w + 2] : [a.x + a.w, b.x - 2];
      return { ...l, x1, y1: y, x2, y2: y, labelX: (x1 + x2) / 2, labelY: y - 10 - (lines.length - 1) * 17, anchor: 'middle', lines };
    }
    const x = b.x + b.w / 2;
    return {
      ...l,
      x1: a.x + a.w / 2,
      y1: a.y + a.h,
      x2: x,
      y2: b.y - 2,
      labelX: x + 10,
      labelY: a.y + a.h + rowGap / 2 - (lines.length - 1) * 8.5,
      anchor: 'start',
      lines,
    };
  });
  return { boxes: [...boxes.values()], arrows, width, height, hasSide };
}
