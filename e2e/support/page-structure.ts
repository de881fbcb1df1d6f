import { parseDocument } from 'htmlparser2';

type ChildNode = ReturnType<typeof parseDocument>['children'][number];

const han = /\p{Script=Han}/u;
/** What differs between the two scripts' copies of a page by design: the script in paths, lang and locale. */
const sameScript = (value: string) => value.replaceAll('zh-hans', 'zh-hant').replaceAll('zh-Hans', 'zh-Hant').replaceAll('zh_CN', 'zh_TW');

/**
 * A page's structure without its wording: every element with its attributes, and where text is. Values
 * that hold Chinese are reduced to "has text", since the Simplified edition converts them, and so are
 * data-* values (search fields, which list each script's own names); everything else (classes, roles,
 * ids, ARIA states, links) must match exactly once the script is taken out of it.
 */
export function pageStructure(html: string): string[] {
  const lines: string[] = [];
  const walk = (nodes: ChildNode[], depth: number) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        // Text split by a heading's word breaks is still one run of text.
        const line = `${' '.repeat(depth)}#text`;
        if (node.data.trim() && lines.at(-1) !== line) lines.push(line);
      } else if ('attribs' in node) {
        // Where a heading may break depends on each script's own words (src/html/heading-words.ts).
        if (node.name === 'wbr') continue;
        const attributes = Object.entries(node.attribs)
          .map(([name, value]) => `${name}=${han.test(value) || name.startsWith('data-') ? '…' : sameScript(value)}`)
          .sort();
        lines.push(`${' '.repeat(depth)}<${node.name} ${attributes.join(' ')}>`);
        // The script switch names the page's own script as current, so it differs by design.
        if (node.attribs.class === 'script-switch') continue;
        // Inline scripts and JSON hold converted strings; their soundness is checked by the page walk.
        if (node.name !== 'script') walk(node.children, depth + 1);
      }
    }
  };
  walk(parseDocument(html).children, 0);
  return lines;
}
