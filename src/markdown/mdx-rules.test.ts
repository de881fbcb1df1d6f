import { describe, expect, it } from 'vitest';
import { findForbidden, isAllowedLink } from './mdx-rules';
import { parseMdx } from './parse-mdx';

const refused = (body: string) => findForbidden(parseMdx(body)).map((f) => `${f.line} ${f.what}`);

describe('findForbidden', () => {
  it('accepts Markdown, the documented components with literal props, comments and allowed HTML', () => {
    const body = [
      '## 標題',
      '',
      '<Person id="sam-altman">阿爾特曼</Person>在<EventRef id={"altman-fired"}>當天</EventRef>說話。<Cite id=\'x\' />',
      '',
      '{/* <Person id="nobody"> 註解 */}',
      '',
      '<Claim status="rumour" source="s">傳聞</Claim>，H<sub>2</sub>O，第 1<sup>st</sup>，<ScriptText hant="軟體" hans="软件" />',
      '',
      '[外部](https://example.org) [信](mailto:a@b.c) [章](../chapters/x/) [錨](#p-1) <a href="/zh-hant/">首頁</a><br />',
    ].join('\n');
    expect(refused(body)).toEqual([]);
  });

  it('refuses import and export with their line', () => {
    expect(refused("文字\n\nimport { readFileSync } from 'node:fs'\n")).toEqual(['3 import']);
    expect(refused('export const x = 1\n')).toEqual(['1 export']);
  });

  it('refuses expressions in the text and in attributes', () => {
    expect(refused("正文 {readFileSync('/etc/hostname')}")).toEqual(["1 {readFileSync('/etc/hostname')}"]);
    expect(refused('{1 + 1}')).toEqual(['1 {1 + 1}']);
    expect(refused('<Person id={name}>x</Person>')).toEqual(['1 <Person id>']);
    expect(refused('<Person {...props}>x</Person>')).toEqual(['1 <Person {…}>']);
  });

  it('refuses unknown components and HTML outside the list, and unknown attributes', () => {
    expect(refused('<Astronaut id="x">y</Astronaut>')).toEqual(['1 <Astronaut>']);
    expect(refused('<script>alert(1)</script>')).toEqual(['1 <script>']);
    expect(refused('<meta httpEquiv="refresh" content="0;url=https://evil.test" />')).toEqual(['1 <meta>']);
    expect(refused('x <img src="x" onError="alert(1)" /> <iframe src="https://evil.test" />')).toEqual(['1 <img>', '1 <iframe>']);
    expect(refused('<sup onClick="alert(1)">1</sup>')).toEqual(['1 <sup onClick>']);
    expect(refused('<Person id="x" onClick="y">x</Person>')).toEqual(['1 <Person onClick>']);
  });

  it('refuses links and images to other schemes', () => {
    expect(refused('[x](javascript:alert(1))')).toEqual(['1 javascript:alert(1)']);
    expect(refused('\n![x](data:image/svg+xml,1)')).toEqual(['2 data:image/svg+xml,1']);
    expect(refused('<a href="vbscript:x">x</a>')).toEqual(['1 vbscript:x']);
    expect(refused('[x][r]\n\n[r]: javascript:void(0)')).toEqual(['3 javascript:void(0)']);
  });

  it('lets only a chapter place pictures, with their literal props', () => {
    const pictures = '<Timeline from="a" to="b" caption="說明" />\n\n<Board />\n\n<Structure caption="c" />';
    expect(findForbidden(parseMdx(pictures), { inChapter: true })).toEqual([]);
    expect(refused('<Board />')).toEqual(['1 <Board>']);
    expect(findForbidden(parseMdx('<Timeline from={x} />'), { inChapter: true }).map((f) => f.what)).toEqual(['<Timeline from>']);
  });

  it('counts lines from the first line of the file', () => {
    expect(findForbidden(parseMdx('x\n{1}', 6)).map((f) => f.line)).toEqual([7]);
  });
});

describe('isAllowedLink', () => {
  it.each(['https://a.b/', 'http://a.b', 'HTTPS://A.B', 'mailto:x@y.z', '/zh-hant/', '../x/', '#top', 'x/y?z=1:2', '?q=1'])(
    'allows %s',
    (url) => {
      expect(isAllowedLink(url)).toBe(true);
    },
  );
  it.each([
    'javascript:alert(1)',
    ' JavaScript:x',
    'java\tscript:x',
    'data:text/html,x',
    'vbscript:x',
    '//evil.test/',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(isAllowedLink(url)).toBe(false);
  });
});
