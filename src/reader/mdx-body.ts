import type { Root } from 'mdast';
import type { Mention } from '../domain/model';
import type { ContentProblem } from '../domain/problem';
import { findForbidden } from '../markdown/mdx-rules';
import { mentionsIn } from '../markdown/mentions';
import { parseMdx } from '../markdown/parse-mdx';

export interface ReadBody {
  tree?: Root;
  mentions: Mention[];
  problems: ContentProblem[];
}

/**
 * An MDX body, parsed once: its syntax tree (positions are file lines), what in it content may not contain
 * (src/markdown/mdx-rules.ts), and the ids it mentions with their lines and sections.
 */
export function readMdxBody(file: string, source: string, firstLine: number, { inChapter }: { inChapter: boolean }): ReadBody {
  let tree: Root;
  try {
    tree = parseMdx(source, firstLine);
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string };
    return {
      mentions: [],
      problems: [{ file, line, field: '', message: `the body is not valid MDX: ${reason ?? (error as Error).message}` }],
    };
  }
  const problems = findForbidden(tree, { inChapter }).map(({ line, what, message }) => ({ file, line, field: what, message }));
  return { tree, mentions: mentionsIn(tree), problems };
}
