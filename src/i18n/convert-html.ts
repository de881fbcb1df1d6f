import { Parser } from 'htmlparser2';

/** Attributes readers (or crawlers) see as text. Everything else — href, src, id, class, lang — is left alone. */
const TEXT_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'aria-description', 'placeholder', 'content', 'data-title', 'data-label', 'data-pagefind-title']);
/** Elements whose contents are not prose. */
const OPAQUE_ELEMENTS = new Set(['style', 'code', 'pre', 'kbd', 'samp', 'textarea']);
/** Script types that carry data readers see (JSON-LD, embedded JSON), converted like text. */
const DATA_SCRIPT = /^application\/(ld\+)?json$/i;

const ATTRIBUTE_IN_TAG = /(\s)([a-zA-Z-:]+)(\s*=\s*)("[^"]*"|'[^']*')/g;

/**
 * Converts the reader-visible text of an HTML document: text nodes, text attributes and JSON data
 * islands. Code, styles, scripts, URLs, ids and anything under [data-no-convert] stay as written.
 * The document is not re-serialised: untouched bytes are copied through, so markup stays exactly as built.
 */
export function convertHtml(html: string, convert: (text: string) => string): string {
  const out: string[] = [];
  let copiedUpTo = 0;
  /** Open elements; each notes whether its content is protected from conversion. */
  const stack: { name: string; protect: boolean }[] = [];
  let protectedDepth = 0;

  const replace = (start: number, end: number, text: string) => {
    out.push(html.slice(copiedUpTo, start), text);
    copiedUpTo = end;
  };
  const hasHan = (s: string) => /\p{Script=Han}/u.test(s);

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        const isDataScript = name === 'script' && DATA_SCRIPT.test(attributes.type ?? '');
        const protect =
          OPAQUE_ELEMENTS.has(name) || (name === 'script' && !isDataScript) || 'data-no-convert' in attributes;
        if (protectedDepth === 0) {
          const tag = html.slice(start, end);
          if (hasHan(tag)) {
            const converted = tag.replace(ATTRIBUTE_IN_TAG, (whole, space, attr, eq, value) =>
              TEXT_ATTRIBUTES.has(attr.toLowerCase()) ? `${space}${attr}${eq}${convert(value)}` : whole,
            );
            if (converted !== tag) replace(start, end, converted);
          }
        }
        if (!isVoid(name)) {
          stack.push({ name, protect });
          if (protect) protectedDepth++;
        }
      },
      ontext(text) {
        if (protectedDepth > 0 || !hasHan(text)) return;
        replace(parser.startIndex, parser.endIndex + 1, convert(text));
      },
      onclosetag(name, isImplied) {
        if (isImplied && isVoid(name)) return;
        const index = stack.map((e) => e.name).lastIndexOf(name);
        if (index === -1) return;
        for (const element of stack.splice(index)) if (element.protect) protectedDepth--;
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.end(html);
  out.push(html.slice(copiedUpTo));
  return out.join('');
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
function isVoid(name: string): boolean {
  return VOID.has(name);
}
