import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { ui } from '../i18n/ui';

const textOf = (nodes: ElementContent[]): string =>
  nodes.map((n) => (n.type === 'text' ? n.value : n.type === 'element' ? textOf(n.children) : '')).join('');

/**
 * Gives every top-level paragraph of a body an id (p-1, p-2 …) and every heading and paragraph a
 * link to itself, so a reader can share the exact passage. Run after `rehypeHeadingIds`. The link has
 * no text of its own (CSS draws # or ¶), so headings' text, the contents and search stay clean.
 *
 * Each paragraph is also a Pagefind sub-result titled with the section it is in (or the page's title
 * before the first heading), so a search hit in a long chapter is a passage that links to its own
 * anchor and says which section it is from.
 */
export function rehypeAnchors() {
  return (tree: Root, file?: { data?: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    let paragraph = 0;
    const title = file?.data?.astro?.frontmatter?.title;
    let section = typeof title === 'string' ? title : undefined;
    visit(tree, 'element', (node: Element, _index, parent) => {
      const isHeading = /^h[2-4]$/.test(node.tagName);
      const isParagraph = node.tagName === 'p' && parent?.type === 'root';
      if (!isHeading && !isParagraph) return;
      if (isParagraph) node.properties.id ??= `p-${++paragraph}`;
      if (node.tagName === 'h2') section = textOf(node.children).trim() || section;
      if (isParagraph && section) node.properties.dataPagefindTitle = section;
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['anchor', isHeading ? 'anchor-heading' : 'anchor-paragraph'],
          href: `#${id}`,
          ariaLabel: isHeading ? ui.reading.sectionLink : ui.reading.paragraphLink,
          dataAnchor: '',
        },
        children: [],
      });
    });
  };
}
