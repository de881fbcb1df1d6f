import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS, MAX_FIELD_CHARS, checkTextLimits } from './text-limits';

describe('checkTextLimits', () => {
  it('accepts ordinary fields', () => {
    expect(checkTextLimits('e.mdx', { title: '發射', roles: [{ title: '指令長' }], seq: 1 }, '正文')).toEqual([]);
  });

  it('names an over-long field at any depth, and an over-long body', () => {
    const long = 'x'.repeat(MAX_FIELD_CHARS + 1);
    expect(checkTextLimits('p.mdx', { roles: [{ title: 'a' }, { title: long }] }).map((p) => p.field)).toEqual(['roles[1].title']);
    expect(checkTextLimits('c.mdx', {}, 'x'.repeat(MAX_BODY_CHARS + 1)).map((p) => p.field)).toEqual(['body']);
  });

  it('refuses direction controls with their code point', () => {
    const [problem] = checkTextLimits('e.mdx', { title: '發射\u202Egnp.exe' });
    expect(problem.field).toBe('title');
    expect(problem.message).toContain('U+202E');
  });
});
