import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';

/**
 * An MDX body's syntax tree, parsed as the MDX compiler parses it, without compiling or running anything.
 * `firstLine` is the body's line in its file, so positions are file lines.
 */
export function parseMdx(body: string, firstLine = 1): Root {
  return fromMarkdown('\n'.repeat(firstLine - 1) + body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
}
