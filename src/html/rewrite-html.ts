import { Parser } from 'htmlparser2';

/** An element the walk is inside, as its start tag wrote it. */
export interface OpenElement {
  name: string;
  attributes: Record<string, string>;
}

/** A quoted attribute value, as the span of the source it was read from (entities as written). */
export interface AttributeValue {
  name: string;
  value: string;
  start: number;
  end: number;
}

/** A start tag: its name and attributes, where it stands in the source, and where its quoted values do. */
export interface StartTag extends OpenElement {
  start: number;
  end: number;
  values: readonly AttributeValue[];
}

/** A change to the source: the bytes from `start` to `end` become `text` (an insertion when they are equal). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Markup a text step put into a text node: the steps after it pass it through untouched. */
export interface Markup {
  markup: string;
}
/** A text node's content while the steps work on it: words, and the markup earlier steps put between them. */
export type TextPieces = (string | Markup)[];

/**
 * One job on a page, given the events of the single walk that all jobs share. Each hook is optional:
 * `startTag` and `endTag` see every element (and may return edits, e.g. of attribute values), `seeText` every
 * text node as written (scripts and styles included), `text` rewrites the words of each text node (after
 * the steps before it), `finish` returns edits once the whole page was read.
 */
export interface HtmlPass {
  startTag?(tag: StartTag): Edit[] | void;
  endTag?(name: string, isImplied: boolean): void;
  seeText?(text: string): void;
  text?(text: string, open: readonly OpenElement[]): string | TextPieces;
  finish?(html: string): Edit[] | void;
}

/**
 * Runs `passes` over an HTML document in one parse. Text steps run in the order of `passes`, each on the
 * words the one before left (markup they add is not seen again), so a page is read once however many
 * jobs it has. The document is not re-serialised: every byte outside an edit is copied through.
 */
export function rewriteHtml(html: string, passes: readonly HtmlPass[]): string {
  const edits: Edit[] = [];
  const open: OpenElement[] = [];
  const textSteps = passes.filter((p) => p.text);
  const textSeers = passes.filter((p) => p.seeText);
  let values: AttributeValue[] = [];

  const parser: Parser = new Parser(
    {
      onopentagname() {
        values = [];
      },
      onattribute(name, value, quote) {
        if (quote === undefined) return;
        // With entities left encoded, the value is the raw source that ends at the closing quote (if any).
        const end = parser.endIndex - (quote ? 1 : 0);
        values.push({ name, value, start: end - value.length, end });
      },
      onopentag(name, attributes) {
        const tag: StartTag = { name, attributes, start: parser.startIndex, end: parser.endIndex + 1, values };
        for (const pass of passes) {
          const made = pass.startTag?.(tag);
          if (made) edits.push(...made);
        }
        values = [];
        open.push({ name, attributes });
      },
      onclosetag(name, isImplied) {
        open.pop();
        for (const pass of passes) pass.endTag?.(name, isImplied);
      },
      ontext(text) {
        for (const pass of textSeers) pass.seeText!(text);
        if (!textSteps.length) return;
        const rewritten = rewriteWords(text, open, textSteps);
        if (rewritten !== text) edits.push({ start: parser.startIndex, end: parser.endIndex + 1, text: rewritten });
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  for (const pass of passes) {
    const made = pass.finish?.(html);
    if (made) edits.push(...made);
  }
  return applyEdits(html, edits);
}

function rewriteWords(text: string, open: readonly OpenElement[], steps: readonly HtmlPass[]): string {
  let pieces: TextPieces = [text];
  for (const step of steps) {
    const next: TextPieces = [];
    for (const piece of pieces) {
      if (typeof piece !== 'string') next.push(piece);
      else {
        const result = step.text!(piece, open);
        if (typeof result === 'string') next.push(result);
        else next.push(...result);
      }
    }
    pieces = next;
  }
  return pieces.length === 1 && typeof pieces[0] === 'string'
    ? pieces[0]
    : pieces.map((p) => (typeof p === 'string' ? p : p.markup)).join('');
}

/** `html` with `edits` made; an insertion goes before a change that starts where it stands. Edits must not overlap. */
function applyEdits(html: string, edits: Edit[]): string {
  if (!edits.length) return html;
  edits.sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  const out: string[] = [];
  let copiedUpTo = 0;
  for (const { start, end, text } of edits) {
    out.push(html.slice(copiedUpTo, start), text);
    copiedUpTo = end;
  }
  out.push(html.slice(copiedUpTo));
  return out.join('');
}

/**
 * Rewrites text nodes of an HTML document in place: `rewrite` gets each text node (entities as written)
 * and the elements it sits in, outermost first, and returns its replacement, which may hold markup.
 */
export function rewriteText(html: string, rewrite: (text: string, open: readonly OpenElement[]) => string): string {
  return rewriteHtml(html, [{ text: rewrite }]);
}

/** Whether any of the open elements is one of `names`. */
export const inside = (open: readonly OpenElement[], names: ReadonlySet<string>): boolean => open.some((e) => names.has(e.name));
