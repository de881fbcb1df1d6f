import type { Heading, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { mdxComponent } from '../domain/mdx-components';
import type { Mention } from '../domain/model';
import { literalValue } from './mdx-rules';
import { parseMdx } from './parse-mdx';

/**
 * The ids a parsed MDX body refers to through its components: `id="x"`, `id='x'` and `id={"x"}` alike,
 * while comments and inline code are not mentions. Each comes with its line (so a misspelled id is
 * reported where it is) and the text of the `##` section it sits in (for the "appears in" lists).
 */
export function mentionsIn(tree: Root): Mention[] {
  const found: Mention[] = [];
  let section: string | undefined;
  visit(tree, (node) => {
    if (node.type === 'heading' && (node as Heading).depth === 2) section = toString(node);
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    const ids = mdxComponent(element.name ?? '')?.ids ?? {};
    const component = element.name as Mention['component'];
    for (const attribute of element.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || !Object.hasOwn(ids, attribute.name)) continue;
      const id = literalValue(attribute);
      const line = element.position?.start.line ?? 1;
      if (id !== undefined) found.push({ component, attribute: attribute.name, id, line, ...(section === undefined ? {} : { section }) });
    }
  });
  return found;
}

/** The mentions of a body not yet parsed (`firstLine`: the body's first line in its file); for tests and tools. */
export function findMentions(body: string, firstLine = 1): Mention[] {
  return mentionsIn(parseMdx(body, firstLine));
}
