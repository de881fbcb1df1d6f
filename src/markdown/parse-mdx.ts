import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/**
 * An MDX body's syntax tree, parsed without compiling or running anything, with the syntax the site
 * renders: MDX, and GFM with `singleTilde: false` (Chinese prose writes ranges as 1~2 年, which must not
 * become strikethrough). `firstLine` is the body's line in its file, so positions are file lines.
 */
export function parseMdx(body: string, firstLine = 1): Root {
  return fromMarkdown('\n'.repeat(firstLine - 1) + body, {
    extensions: [mdxjs(), gfm({ singleTilde: false })],
    mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
  });
}
