import { Parser } from 'htmlparser2';

/** An element the walk is inside, as its start tag wrote it. */
export interface OpenElement {
  name: string;
  attributes: Record<string, string>;
}

/**
 * Rewrites text nodes of an HTML document in place: `rewrite` gets each text node (entities as written)
 * and the elements it sits in, outermost first, and returns its replacement, which may hold markup.
 * The document is not re-serialised: every byte outside a changed text node is copied through.
 */
export function rewriteText(html: string, rewrite: (text: string, open: readonly OpenElement[]) => string): string {
  const out: string[] = [];
  let copiedUpTo = 0;
  const open: OpenElement[] = [];
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        open.push({ name, attributes });
      },
      onclosetag() {
        open.pop();
      },
      ontext(text) {
        const rewritten = rewrite(text, open);
        if (rewritten === text) return;
        out.push(html.slice(copiedUpTo, parser.startIndex), rewritten);
        copiedUpTo = parser.endIndex + 1;
      },
    },
    { decodeEntities: false, recognizeSelfClosing: true },
  );
  parser.end(html);
  if (copiedUpTo === 0) return html;
  out.push(html.slice(copiedUpTo));
  return out.join('');
}

/** Whether any of the open elements is one of `names`. */
export const inside = (open: readonly OpenElement[], names: ReadonlySet<string>): boolean => open.some((e) => names.has(e.name));
