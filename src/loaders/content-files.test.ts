import { describe, expect, it } from 'vitest';
import { checkContentText } from './content-files';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('checkContentText', () => {
  it('accepts a good entry, with or without a byte-order mark', () => {
    expect(checkContentText('e.mdx', bytes('---\ntitle: 發射\n---\n正文'))).toEqual([]);
    expect(checkContentText('s.yaml', bytes('\uFEFF- id: a\n  title: b\n'))).toEqual([]);
    expect(checkContentText('e.mdx', bytes('\uFEFF---\ntitle: 發射\n---\n'))).toEqual([]);
  });

  it('says a file is not UTF-8 instead of failing to find it', () => {
    // 發射 in Big5.
    expect(checkContentText('e.mdx', new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xb5, 0x6f, 0xae, 0x67]))).toEqual([
      'e.mdx: is not UTF-8 text (saved as Big5, GBK or another encoding?); save it as UTF-8',
    ]);
  });

  it('says the frontmatter is never closed instead of listing every field as required', () => {
    expect(checkContentText('e.mdx', bytes('---\ntitle: 發射\n正文'))).toEqual([
      'e.mdx:1: the frontmatter is never closed; add a line with --- after the last field',
    ]);
  });

  it('says the frontmatter must be fields, not a list', () => {
    expect(checkContentText('e.mdx', bytes('---\n- title: 發射\n---\n'))).toEqual([
      'e.mdx:2: the frontmatter must be fields (name: value), not a list',
    ]);
  });

  it('says to quote a value with a colon, with the file line', () => {
    expect(checkContentText('e.mdx', bytes('---\nkind: main\ntitle: 發射: 第一天\n---\n'))).toEqual([
      'e.mdx:3: the frontmatter is not valid YAML: a value containing ": " must be in quotes, e.g. title: "A: B"',
    ]);
  });

  it('says where the body is not valid MDX, with the file line', () => {
    expect(checkContentText('e.mdx', bytes('---\ntitle: 發射\n---\n正文\n\n<Person id="a">未關閉\n'))).toEqual([
      expect.stringMatching(/^e\.mdx:6: the body is not valid MDX: Expected a closing tag for `<Person>`/),
    ]);
  });
});
