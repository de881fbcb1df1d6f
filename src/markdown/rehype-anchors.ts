import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Gives every top-level paragraph of a body an id (p-1, p-2 …) and every heading and paragraph a
 * link to itself, so a reader can share the exact passage. Run after `rehypeHeadingIds`. The link has
 * no text of its own (CSS draws # or ¶), so headings' text, the contents and search stay clean.
 */
export function rehypeAnchors() {
  return (tree: Root) => {
    let paragraph = 0;
    visit(tree, 'element', (node: Element, _index, parent) => {
      const isHeading = /^h[2-4]$/.test(node.tagName);
      const isParagraph = node.tagName === 'p' && parent?.type === 'root';
      if (!isHeading && !isParagraph) return;
      if (isParagraph) node.properties.id ??= `p-${++paragraph}`;
      const id = node.properties.id;
      if (typeof id !== 'string') return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['anchor', isHeading ? 'anchor-heading' : 'anchor-paragraph'],
          href: `#${id}`,
          ariaLabel: isHeading ? '本節連結' : '本段連結',
          dataAnchor: '',
        },
        children: [],
      });
    });
  };
}
