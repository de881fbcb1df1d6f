import { describe, expect, it } from 'vitest';
import { STRUCTURE, structureLayout, type StructureLink } from './structure-layout';

const openai: StructureLink[] = [
  { from: 'nonprofit-board', to: 'openai-gp-llc', relation: '全資擁有並掌控', kind: 'controls', claim: 'fact' },
  { from: 'openai-gp-llc', to: 'openai-global-llc', relation: '掌控並治理', kind: 'controls', claim: 'fact' },
  { from: 'microsoft', to: 'openai-global-llc', relation: '少數股東，持股約 49%', kind: 'invests', claim: 'reported' },
];

describe('structureLayout', () => {
  const { boxes, arrows } = structureLayout(openai, (l) => (l.claim === 'reported' ? '（媒體報導）' : undefined));
  const box = (id: string) => boxes.find((b) => b.id === id)!;

  it('puts the top of the chain of control at the top, each controlled term one row below', () => {
    expect(box('nonprofit-board').y).toBeLessThan(box('openai-gp-llc').y);
    expect(box('openai-gp-llc').y).toBeLessThan(box('openai-global-llc').y);
    expect(Math.min(...boxes.map((b) => b.y))).toBe(box('nonprofit-board').y);
  });

  it('puts an investor beside what it holds a stake in, not beside the board', () => {
    expect(box('microsoft').y).toBe(box('openai-global-llc').y);
    expect(box('microsoft').x).toBeGreaterThanOrEqual(box('openai-global-llc').x + STRUCTURE.boxW + STRUCTURE.sideGap);
    const invest = arrows.find((a) => a.kind === 'invests')!;
    expect(invest.y1).toBe(invest.y2);
    expect(invest.x2).toBeLessThan(invest.x1);
  });

  it('breaks a relation at its commas and adds the note as a last line', () => {
    expect(arrows.find((a) => a.from === 'microsoft')!.lines).toEqual(['少數股東', '持股約 49%', '（媒體報導）']);
    expect(arrows.find((a) => a.from === 'nonprofit-board')!.lines).toEqual(['全資擁有並掌控']);
  });
});
