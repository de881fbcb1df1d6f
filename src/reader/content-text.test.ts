import { describe, expect, it } from 'vitest';
import { formatProblem } from '../domain/problem';
import { readContentText } from './content-text';
import { readMdxBody } from './mdx-body';

const bytes = (text: string) => new TextEncoder().encode(text);
/** The problems of one file's text and body, one line each. */
function checkContentText(file: string, content: Uint8Array): string[] {
  const { read, problems } = readContentText(file, content);
  const body = read?.mdx ? readMdxBody(file, read.mdx.source, read.mdx.firstLine, { inChapter: false }).problems : [];
  return [...problems, ...body].map(formatProblem);
}

describe('readContentText', () => {
  it('accepts a good entry, with or without a byte-order mark', () => {
    expect(checkContentText('e.mdx', bytes('---\ntitle: 發射\n---\n正文'))).toEqual([]);
    expect(checkContentText('s.yaml', bytes('\uFEFF- id: a\n  title: b\n'))).toEqual([]);
    expect(checkContentText('e.mdx', bytes('\uFEFF---\ntitle: 發射\n---\n'))).toEqual([]);
  });

  it('reads a byte-order-marked file as data, and keeps the body as Astro stores it', () => {
    expect(readContentText('s.yaml', bytes('\uFEFF- id: a\n  title: b\n')).read?.yaml.data).toEqual([{ id: 'a', title: 'b' }]);
    const { read } = readContentText('e.mdx', bytes('---\ntitle: 發射\n---\n正文\n'));
    expect(read?.body).toBe('\n正文\n');
    expect(read?.mdx).toEqual({ source: '正文\n', firstLine: 4 });
  });

  it('knows the line of every value, and of the key of an empty one', () => {
    const { read } = readContentText('e.mdx', bytes('---\ntitle: 發射\npeople:\n  - a\n  - b\nsummary:\n---\n'));
    expect(read?.yaml.lineOf(['people', 1])).toBe(5);
    expect(read?.yaml.lineOf(['summary'])).toBe(6);
    expect(read?.yaml.lineOf(['missing'])).toBeUndefined();
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
