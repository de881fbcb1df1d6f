import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { ui } from '../i18n/ui';
import { bodyParts } from './body-parts';
import { parseMdx } from './parse-mdx';
import { renderBody } from './rendered-body';

const render = (body: string, { chapter = false, title = '標題' } = {}) =>
  renderBody(parseMdx(body), {
    file: 'content/events/x.mdx',
    path: `/doc/content/${chapter ? 'chapters' : 'events'}/x.mdx`,
    frontmatter: { title },
  });
const anchor = (id: string, kind: 'heading' | 'paragraph') =>
  `<a class="anchor anchor-${kind}" href="#${id}" aria-label="${kind === 'heading' ? ui.reading.sectionLink : ui.reading.paragraphLink}" data-anchor></a>`;

describe('renderBody: an MDX body from the reader’s tree to HTML and components', () => {
  it('gives headings ids and collects them; paragraphs get ids titled with their section', () => {
    const { parts, headings } = render('## 董事會的決定\n\n第一段。\n\n## The Board\n\n第二段。');
    expect(headings).toEqual([
      { depth: 2, slug: '董事會的決定', text: '董事會的決定' },
      { depth: 2, slug: 'the-board', text: 'The Board' },
    ]);
    expect(parts).toEqual([
      `<h2 id="董事會的決定">董事會的決定${anchor('董事會的決定', 'heading')}</h2>\n` +
        `<p id="p-1" data-pagefind-title="董事會的決定">第一段。${anchor('p-1', 'paragraph')}</p>\n` +
        `<h2 id="the-board">The Board${anchor('the-board', 'heading')}</h2>\n` +
        `<p id="p-2" data-pagefind-title="The Board">第二段。${anchor('p-2', 'paragraph')}</p>`,
    ]);
  });

  it('sets English quotes and apostrophes curly, and escapes text as Astro does', () => {
    const [html] = render('他說 "we\'re back" -- 1 > 0 & 2 > 1。').parts;
    expect(html).toContain('他說 “we’re back” — 1 &gt; 0 &amp; 2 &gt; 1。');
  });

  it('keeps a ~ range as text; only ~~ strikes through', () => {
    const [html] = render('會議延後 1~2 天，~~取消~~。').parts;
    expect(html).toContain('會議延後 1~2 天，<del>取消</del>。');
  });

  it('leaves each component a part of its own, with its literal props and what it encloses', () => {
    const { parts } = render(
      '<Claim status="rumour" source="s">據報<Person id="sam-altman">阿爾特曼</Person>離開<Cite id="c" /></Claim>。',
    );
    expect(parts).toEqual([
      '<p id="p-1" data-pagefind-title="標題">',
      {
        component: 'Claim',
        props: { status: 'rumour', source: 's' },
        children: [
          '據報',
          { component: 'Person', props: { id: 'sam-altman' }, children: ['阿爾特曼'] },
          '離開',
          { component: 'Cite', props: { id: 'c' }, children: [] },
        ],
      },
      `。${anchor('p-1', 'paragraph')}</p>`,
    ]);
  });

  it('places a component alone on its line without a paragraph, and renders comments and allowed HTML', () => {
    const { parts } = render(
      '<Timeline from="a" to="b" />\n\n{/* 作者註記 */}\n\n上標<sup>1</sup>，換行<br />，<abbr title="A&B">AB</abbr>。',
      { chapter: true },
    );
    expect(parts[0]).toEqual({ component: 'Timeline', props: { from: 'a', to: 'b' }, children: [] });
    expect(parts[1]).toBe(
      `\n\n<p id="p-1" data-pagefind-title="標題">上標<sup>1</sup>，換行<br/>，<abbr title="A&amp;B">AB</abbr>。${anchor('p-1', 'paragraph')}</p>`,
    );
  });

  it('refuses an unknown component, in the pipeline and in the last step alike', () => {
    expect(() => render('<Evil>x</Evil>')).toThrow(/<Evil>: is not a component content may use/);
    const hast: Root = { type: 'root', children: [{ type: 'mdxJsxFlowElement', name: 'Evil', attributes: [], children: [] }] };
    expect(() => bodyParts(hast, 'content/events/x.mdx')).toThrow('content/events/x.mdx: <Evil> is not a registered MDX component');
  });

  it('leaves the reader’s tree as it was', () => {
    const tree = parseMdx('"quoted" text');
    const before = structuredClone(tree);
    renderBody(tree, { file: 'x.mdx', path: '/x.mdx', frontmatter: {} });
    expect(tree).toEqual(before);
  });
});
