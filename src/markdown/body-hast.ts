import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root as Hast } from 'hast';
import type { Root as Mdast, RootContent } from 'mdast';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { rehypeAnchors } from './rehype-anchors';
import { remarkContentIsData } from './remark-content-is-data';

/** The MDX node types that pass through to the HTML tree as they are, as in the MDX compiler. */
const mdxNodeTypes = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'] as const;

/**
 * The steps the MDX compiler (@mdx-js/mdx, as @astrojs/mdx configured it) ran on a body, in its order, on
 * the tree the content reader parsed: smart quotes, the content rules again (a second line of defence),
 * Markdown to HTML, heading ids (collected as the chapter's sections), then the passage anchors.
 * GFM (`singleTilde: false`) is in the parse (src/markdown/parse-mdx.ts).
 */
const pipeline = unified()
  .use(unravelJsxParagraphs)
  .use(remarkSmartypants)
  .use(remarkContentIsData)
  .use(remarkRehype, { allowDangerousHtml: true, passThrough: [...mdxNodeTypes] })
  .use(rehypeHeadingIds)
  .use(rehypeAnchors)
  .freeze();

export interface BodyHast {
  hast: Hast;
  /** Every heading with its id and text, as `render(entry)` gave them. */
  headings: MarkdownHeading[];
}

/**
 * A body's HTML tree, with its MDX components still in it as `mdxJsx…` nodes. `tree` is left untouched.
 * `path` is the .mdx file (chapters may place pictures); `frontmatter.title` names the passages before the
 * first heading.
 */
export function bodyHast(tree: Mdast, { path, frontmatter }: { path: string; frontmatter: Record<string, unknown> }): BodyHast {
  const file = new VFile({ path, data: { astro: { frontmatter } } });
  const hast = pipeline.runSync(structuredClone(tree), file) as Hast;
  return { hast, headings: (file.data.astro as { headings?: MarkdownHeading[] }).headings ?? [] };
}

/**
 * A paragraph holding only components (and whitespace), such as a line with just `<Timeline />`, becomes
 * those components on their own, not a <p>: what @mdx-js/mdx's remark-mark-and-unravel does (not exported).
 */
function unravelJsxParagraphs() {
  return (tree: Mdast) => {
    visit(tree, 'paragraph', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const isJsx = (child: RootContent) => child.type === 'mdxJsxTextElement' || child.type === 'mdxTextExpression';
      const isBlank = (child: RootContent) => child.type === 'text' && /^[\t\n\f\r ]*$/.test(child.value);
      if (!node.children.some(isJsx) || !node.children.every((c) => isJsx(c) || isBlank(c))) return;
      const flow = node.children
        .filter((child) => !(child.type === 'text' && /^[\t\r\n ]+$/.test(child.value)))
        .map((child) =>
          child.type === 'mdxJsxTextElement'
            ? { ...child, type: 'mdxJsxFlowElement' as const }
            : child.type === 'mdxTextExpression'
              ? { ...child, type: 'mdxFlowExpression' as const }
              : child,
        );
      parent.children.splice(index, 1, ...(flow as typeof parent.children));
      return index;
    });
  };
}
