import { describe, expect, it } from 'vitest';
import { fieldLine } from './field-line';

const event = `---
title: 解僱
people: [sam-altman, ilya]
sources:
  - seed
  - x-post
timeBasis:
  source: x-post
  stated: "12:23pm"
  how: stated
succession: { office: CEO, holder: mira-murati }
---
正文 source: 不是欄位`;

describe('fieldLine', () => {
  it('finds a top-level field', () => expect(fieldLine(event, 'title')).toBe(2));
  it('finds a flow list by its key', () => expect(fieldLine(event, 'people[1]')).toBe(3));
  it('finds the item of a block list', () => expect(fieldLine(event, 'sources[1]')).toBe(6));
  it('finds a nested field under its parent', () => {
    expect(fieldLine(event, 'timeBasis.source')).toBe(8);
    expect(fieldLine(event, 'timeBasis.how')).toBe(10);
  });
  it('finds a field of a flow mapping on its parent line', () => expect(fieldLine(event, 'succession.holder')).toBe(11));
  it('falls back to the parent when the child is not written', () => expect(fieldLine(event, 'timeBasis.note')).toBe(7));
  it('never looks into the body', () => expect(fieldLine(event, 'source')).toBeUndefined());
  it('reads a plain YAML file', () => expect(fieldLine('date: 2026-12-05\npages:\n  - events/a\n  - events/b\n', 'pages[1]')).toBe(4));
});
