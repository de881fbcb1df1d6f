import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { literalValue } from '../markdown/mdx-rules';
import { parseMdx } from '../markdown/parse-mdx';
import type { Mention } from './model';

/** Which attributes of each referring component name an id. */
const ID_ATTRIBUTES: Record<Mention['component'], readonly string[]> = {
  Person: ['id'],
  Term: ['id'],
  EventRef: ['id'],
  Cite: ['id'],
  Claim: ['source'],
  Timeline: ['from', 'to'],
};

/**
 * The ids an MDX body refers to through its components, read from its syntax tree: `id="x"`, `id='x'` and
 * `id={"x"}` alike, while comments and inline code are not mentions. Found before rendering so that a
 * misspelled id is reported with its file and line (`firstLine`: the body's first line in its file), and
 * so that people can be indexed to the chapters that mention them.
 */
export function findMentions(body: string, firstLine = 1): Mention[] {
  const found: Mention[] = [];
  visit(parseMdx(body, firstLine), (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as MdxJsxFlowElement | MdxJsxTextElement;
    const component = element.name as Mention['component'];
    if (!Object.hasOwn(ID_ATTRIBUTES, component ?? '')) return;
    for (const attribute of element.attributes) {
      if (attribute.type !== 'mdxJsxAttribute' || !ID_ATTRIBUTES[component].includes(attribute.name)) continue;
      const id = literalValue(attribute);
      if (id !== undefined) found.push({ component, attribute: attribute.name, id, line: element.position?.start.line ?? firstLine });
    }
  });
  return found;
}
