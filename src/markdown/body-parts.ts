import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { escape } from 'html-escaper';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { mdxComponent } from '../domain/mdx-components';
import { literalValue } from './mdx-rules';

/** A registered MDX component in a body, with its literal attributes and what it encloses. */
export interface BodyComponent {
  component: string;
  props: Record<string, string>;
  children: BodyPart[];
}

/** A body, ready to draw: runs of finished HTML, and the components between them. */
export type BodyPart = string | BodyComponent;

type Node = Root | RootContent | ElementContent;
type MdxJsxElement = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/** Elements whose line breaks between children JSX leaves out (hast-util-to-estree), so rendering did too. */
const TABLE_ELEMENTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
const TABLE_CELLS = new Set(['td', 'th']);
const isWhitespace = (node: Node) => node.type === 'text' && /^[\t\n\f\r ]*$/.test(node.value);

/**
 * A body's HTML tree (src/markdown/body-hast.ts) as parts: everything but the registered components as
 * HTML strings, written byte for byte as Astro rendered the MDX that @astrojs/mdx compiled (text escaped
 * as Astro escapes it, an empty attribute bare, <br/>), and each component as a part of its own. A tag
 * that is not in the registry or an attribute that is not literal text is refused here too, whatever let
 * it through.
 */
export function bodyParts(hast: Root, where: string): BodyPart[] {
  const children = [...hast.children];
  // The compiled body was a fragment without the whitespace around it.
  while (children.length && isWhitespace(children[0]!)) children.shift();
  while (children.length && isWhitespace(children.at(-1)!)) children.pop();
  return partsOf(
    children.flatMap((child) => asHtmlNodes(child, where)),
    where,
  );
}

/**
 * The node with what the compiled MDX rendered in its place: lowercase MDX tags (<sup>, <br />) as HTML
 * elements, text as Astro escapes it, {/* comments *\/} and line breaks inside tables as nothing.
 */
function asHtmlNodes(node: RootContent | ElementContent, where: string): (RootContent | ElementContent)[] {
  switch (node.type) {
    case 'text':
      return [{ type: 'raw', value: escape(node.value) }];
    case 'comment':
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [];
    case 'element':
      return [{ ...node, properties: propertiesAsRendered(node), children: childrenOf(node, where) }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const isComponent = /^[A-Z]/.test(name);
      if (isComponent && !mdxComponent(name))
        throw new Error(`${where}: <${name}> is not a registered MDX component (src/domain/mdx-components.ts)`);
      const element: MdxJsxElement = { ...node, children: childrenOf(node, where) as MdxJsxElement['children'] };
      if (isComponent) return [element];
      return [{ type: 'element', tagName: name, properties: attributesOf(node, where), children: element.children as ElementContent[] }];
    }
    default:
      throw new Error(`${where}: a body may not contain ${node.type}`);
  }
}

/**
 * An element's attributes as the compiled MDX wrote them: a table cell's `align` as a `text-align` style
 * (hast-util-to-estree), a code block's meta string as `metastring` (@astrojs/mdx's rehype-meta-string).
 */
function propertiesAsRendered({ tagName, properties, data }: Element): Element['properties'] {
  const { align, ...rest } = properties;
  const meta = (data as { meta?: string } | undefined)?.meta;
  return {
    ...(TABLE_CELLS.has(tagName) ? rest : properties),
    ...(TABLE_CELLS.has(tagName) && align != null ? { style: `text-align:${String(align)}` } : {}),
    ...(tagName === 'code' && meta ? { metastring: meta } : {}),
  };
}

function childrenOf(node: Element | MdxJsxElement, where: string): ElementContent[] {
  const inTable = node.type === 'element' && TABLE_ELEMENTS.has(node.tagName);
  return node.children
    .filter((child) => !(inTable && child.type === 'text' && child.value === '\n'))
    .flatMap((child) => asHtmlNodes(child, where)) as ElementContent[];
}

function attributesOf(node: MdxJsxElement, where: string): Record<string, string> {
  const props: Record<string, string> = {};
  for (const attribute of node.attributes) {
    const value = attribute.type === 'mdxJsxAttribute' ? literalValue(attribute) : undefined;
    if (attribute.type !== 'mdxJsxAttribute' || value === undefined)
      throw new Error(`${where}: <${node.name}> attributes must be quoted text`);
    props[attribute.name] = value;
  }
  return props;
}

const html = (node: Root | RootContent | ElementContent) =>
  toHtml(node as Root, {
    allowDangerousHtml: true,
    collapseEmptyAttributes: true,
    closeSelfClosing: true,
    tightSelfClosing: true,
    characterReferences: { useNamedReferences: true },
  });

const isComponentNode = (node: Node): node is MdxJsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const holdsComponent = (node: Node): boolean => isComponentNode(node) || ('children' in node && node.children.some(holdsComponent));

function partsOf(nodes: (RootContent | ElementContent)[], where: string): BodyPart[] {
  const parts: BodyPart[] = [];
  const write = (text: string) => {
    if (typeof parts.at(-1) === 'string') parts[parts.length - 1] += text;
    else if (text) parts.push(text);
  };
  for (const node of nodes) {
    if (isComponentNode(node)) {
      parts.push({ component: node.name!, props: attributesOf(node, where), children: partsOf(node.children, where) });
    } else if (node.type === 'element' && holdsComponent(node)) {
      const close = `</${node.tagName}>`;
      write(html({ ...node, children: [] }).slice(0, -close.length));
      for (const part of partsOf(node.children, where)) {
        if (typeof part === 'string') write(part);
        else parts.push(part);
      }
      write(close);
    } else {
      write(html(node));
    }
  }
  return parts;
}
