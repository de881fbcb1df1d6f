import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxAttributeValueExpression, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { mdxComponents } from '../domain/mdx-components';

/**
 * What an MDX body may contain: Markdown, the components of src/domain/mdx-components.ts with their
 * literal props, and a short list of HTML. Everything else — import/export, {expressions}, other tags,
 * event handlers, javascript: links — is refused before the body is rendered, so content can never run
 * code in the build or on a page.
 */
const propsOf = (chaptersOnly: boolean): Readonly<Record<string, readonly string[]>> =>
  Object.fromEntries(mdxComponents.filter((c) => c.chaptersOnly === chaptersOnly).map((c) => [c.name, c.props]));

/** The components any body may use, with their props. */
export const allowedComponents = propsOf(false);

/** Pictures a chapter may place (components/charts); event and glossary pages do not carry their styles. */
export const chapterComponents = propsOf(true);

/** Inline HTML kept for typography; links follow the same rule as Markdown links. */
export const allowedHtml: Readonly<Record<string, readonly string[]>> = {
  br: [],
  sup: [],
  sub: [],
  small: [],
  ruby: [],
  rt: [],
  rp: [],
  abbr: ['title'],
  a: ['href'],
};

export interface Forbidden {
  line: number | undefined;
  /** What is refused, as the author wrote it: `<script>`, `import`, `{…}`, a link's URL. */
  what: string;
  message: string;
}

/** A link target is a site path, an #anchor, or an http(s): or mailto: URL. */
export function isAllowedLink(url: string): boolean {
  const trimmed = url.trim();
  if (trimmed.startsWith('//') || trimmed.startsWith('\\')) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed)?.[1];
  // Control characters and whitespace inside a scheme are how browsers get tricked into javascript:.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return false;
  return scheme === undefined ? !/^[^/?#]*:/.test(trimmed) : ['http', 'https', 'mailto'].includes(scheme.toLowerCase());
}

/** The string of a literal attribute: `id="x"`, `id='x'`, or `id={"x"}`; undefined for anything computed. */
export function literalValue(attribute: MdxJsxAttribute): string | undefined {
  const { value } = attribute;
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return undefined;
  return stringLiteral(value);
}

function stringLiteral(expression: MdxJsxAttributeValueExpression): string | undefined {
  const program = expression.data?.estree;
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  if (statement?.type !== 'ExpressionStatement') return undefined;
  const literal = statement.expression;
  return literal.type === 'Literal' && typeof literal.value === 'string' ? literal.value : undefined;
}

const ONLY_COMMENTS = /^\s*(\/\*[\s\S]*?\*\/\s*)+$/;
const list = (names: Iterable<string>) => [...names].join(', ');

/** Everything in a parsed MDX body that content may not contain, in document order. */
export function findForbidden(tree: Root, { inChapter = false }: { inChapter?: boolean } = {}): Forbidden[] {
  const found: Forbidden[] = [];
  const refuse = (node: { position?: { start: { line: number } } }, what: string, message: string) =>
    found.push({ line: node.position?.start.line, what, message });

  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        refuse(
          node,
          node.value.trim().split(/\s/)[0] ?? 'import',
          'import and export are not allowed in content; the listed components need no import',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!ONLY_COMMENTS.test(node.value))
          refuse(
            node,
            `{${node.value.trim().slice(0, 40)}}`,
            'expressions in {…} are not allowed in content; write the text itself ({/* … */} comments are fine)',
          );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, refuse, inChapter);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (!isAllowedLink(node.url)) refuse(node, node.url, 'links may go only to http(s): or mailto: addresses, site paths and #anchors');
        break;
      case 'html':
        refuse(node, node.value.slice(0, 40), `raw HTML is not allowed in content; allowed tags: ${list(Object.keys(allowedHtml))}`);
        break;
    }
  });
  return found;
}

function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  refuse: (node: MdxJsxFlowElement | MdxJsxTextElement, what: string, message: string) => void,
  inChapter: boolean,
) {
  const name = node.name;
  if (!name) return refuse(node, '<>', 'fragments are not allowed in content');
  const isComponent = /^[A-Z]/.test(name);
  if (isComponent && !inChapter && chapterComponents[name]) return refuse(node, `<${name}>`, 'is a picture only a chapter may place');
  const props = isComponent ? (allowedComponents[name] ?? (inChapter ? chapterComponents[name] : undefined)) : allowedHtml[name];
  if (!props) {
    return isComponent
      ? refuse(node, `<${name}>`, `is not a component content may use; use one of ${list(Object.keys(allowedComponents))}`)
      : refuse(node, `<${name}>`, `is not HTML content may use; allowed tags: ${list(Object.keys(allowedHtml))}`);
  }
  for (const attribute of node.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      refuse(node, `<${name} {…}>`, 'spread attributes are not allowed in content');
      continue;
    }
    if (!props.includes(attribute.name)) {
      refuse(
        node,
        `<${name} ${attribute.name}>`,
        props.length ? `is not an attribute of <${name}>; it takes ${list(props)}` : `<${name}> takes no attributes`,
      );
      continue;
    }
    const value = literalValue(attribute);
    if (value === undefined) refuse(node, `<${name} ${attribute.name}>`, 'attribute values must be quoted text, e.g. id="sam-altman"');
    else if (attribute.name === 'href' && !isAllowedLink(value))
      refuse(node, value, 'links may go only to http(s): or mailto: addresses, site paths and #anchors');
  }
}
