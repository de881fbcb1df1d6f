import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { bodyHast } from './body-hast';
import { bodyParts, type BodyPart } from './body-parts';

/** A body as the pages draw it (src/components/MdxBody.astro), and its headings (a chapter's sections). */
export interface RenderedBody {
  parts: BodyPart[];
  headings: MarkdownHeading[];
}

/**
 * Renders a body from the tree the content reader parsed: no second parse, and no compiled module per
 * body for the bundler. `file` names the body in errors; `path` and `frontmatter` are as in bodyHast.
 */
export function renderBody(
  tree: Root,
  { file, path, frontmatter }: { file: string; path: string; frontmatter: Record<string, unknown> },
): RenderedBody {
  const { hast, headings } = bodyHast(tree, { path, frontmatter });
  return { parts: bodyParts(hast, file), headings };
}
