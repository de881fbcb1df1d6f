import { isAbsolute, relative, sep } from 'node:path';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { findForbidden } from './mdx-rules';

/**
 * Refuses, in a body's render steps (body-hast.ts), anything content may not contain (see mdx-rules.ts),
 * with one line per problem: `content/events/x.mdx:12 <script>: is not HTML content may use; …`.
 * The reader refused such a body already; this is the second line of defence, so nothing in it is rendered.
 */
export function remarkContentIsData() {
  return (tree: Root, file: VFile) => {
    const inChapter = file.path ? file.path.split(sep).includes('chapters') : false;
    const problems = findForbidden(tree, { inChapter });
    if (problems.length === 0) return;
    const inProject = file.path ? relative(process.cwd(), file.path) : 'an MDX body';
    const where = inProject.startsWith('..') || isAbsolute(inProject) ? file.path : inProject;
    const lines = problems.map((p) => `${where}${p.line ? `:${p.line}` : ''} ${p.what}: ${p.message}`);
    const error = new Error(lines.join('\n'));
    error.name = 'ContentError';
    throw error;
  };
}
