import { describe, expect, it } from 'vitest';
import { convertJson } from './convert-json';

const upper = (text: string) => text.toUpperCase();

describe('convertJson', () => {
  it('converts every string value, however deep, and leaves keys, numbers and booleans', () => {
    expect(convertJson({ '/a/': ['heading', 'note'], list: [{ title: 'x', n: 1, ok: true, none: null }] }, upper)).toEqual({
      '/a/': ['HEADING', 'NOTE'],
      list: [{ title: 'X', n: 1, ok: true, none: null }],
    });
  });
  it('keeps the fields named, which hold both scripts on purpose', () => {
    expect(convertJson([{ title: 'x', names: ['a', 'b'] }], upper, new Set(['names']))).toEqual([{ title: 'X', names: ['a', 'b'] }]);
  });
});
