import { Parser } from 'htmlparser2';
import { isDataScriptType } from '../html/json-for-script';

/**
 * The rule for attributes: a value a reader (or a crawler) can see is text and is converted; what is not
 * text is named here — addresses, identifiers shared by both editions (so the script switch keeps the
 * anchor), language tags, styles and code. An attribute a component adds later (a `data-*` string the
 * client shows, say) is therefore converted without anyone remembering to list it. The list names the
 * attributes the site emits; one that is not text and new to the markup must be added here.
 */
const NOT_TEXT_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'id',
  'class',
  'for',
  'name',
  'aria-labelledby',
  'aria-describedby',
  'popovertarget',
  'lang',
  'hreflang',
  'rel',
  'type',
  'role',
  'property',
  'http-equiv',
  'charset',
  'style',
]);
const isTextAttribute = (name: string) => !NOT_TEXT_ATTRIBUTES.has(name) && !name.startsWith('on');
/** Elements whose contents are not prose. */
const OPAQUE_ELEMENTS = new Set(['style', 'code', 'pre', 'kbd', 'samp', 'textarea']);
/** A `lang` that says the passage is meant to stay in the source script. */
const SOURCE_SCRIPT_LANG = /^zh-(hant|tw|hk|mo)\b/i;

// Text worth converting: Chinese characters, or corner quotes (a wrapped label may hold 「 and only Latin).
const hasHan = (s: string) => /[\p{Script=Han}「」『』]/u.test(s);

/**
 * Converts the reader-visible text of an HTML document: text nodes, text attributes and JSON data
 * islands. Code, styles, scripts, URLs, ids, anything under [data-no-convert] (its own attributes
 * included) and anything marked lang="zh-Hant" stay as written.
 * The document is not re-serialised: untouched bytes are copied through, so markup stays exactly as built.
 */
export function convertHtml(
  html: string,
  convert: (text: string) => string,
  /** Passages whose `lang` matches stay as written: by default those marked as the source script. */
  keepLang: RegExp = SOURCE_SCRIPT_LANG,
): string {
  const out: string[] = [];
  let copiedUpTo = 0;
  /** Open elements; each notes whether its content is protected from conversion. */
  const stack: { name: string; protect: boolean }[] = [];
  let protectedDepth = 0;
  /** The current tag's attribute values, as spans of the source, read by the parser itself. */
  let attributeValues: { name: string; start: number; end: number }[] = [];

  const replace = (start: number, end: number, text: string) => {
    out.push(html.slice(copiedUpTo, start), text);
    copiedUpTo = end;
  };

  const parser: Parser = new Parser(
    {
      onopentagname() {
        attributeValues = [];
      },
      onattribute(name, value, quote) {
        if (quote === undefined || !hasHan(value)) return;
        // With entities left encoded, the value is the raw source that ends at the closing quote (if any).
        const end = parser.endIndex - (quote ? 1 : 0);
        attributeValues.push({ name, start: end - value.length, end });
      },
      onopentag(name, attributes) {
        const isDataScript = name === 'script' && isDataScriptType(attributes.type);
        const protect =
          OPAQUE_ELEMENTS.has(name) ||
          (name === 'script' && !isDataScript) ||
          'data-no-convert' in attributes ||
          (keepLang.test(attributes.lang ?? '') && !('data-latin-run' in attributes));
        if (protectedDepth === 0 && !protect) {
          for (const { name: attribute, start, end } of attributeValues) {
            if (isTextAttribute(attribute)) replace(start, end, convert(html.slice(start, end)));
          }
        }
        attributeValues = [];
        if (!isVoid(name)) {
          stack.push({ name, protect });
          if (protect) protectedDepth++;
        }
      },
      ontext(text) {
        // Text without Chinese has nothing to convert, unless it holds quotes an edition's style may set.
        if (protectedDepth > 0 || !(hasHan(text) || /[“”]/.test(text))) return;
        replace(parser.startIndex, parser.endIndex + 1, convert(text));
      },
      onclosetag(name, isImplied) {
        if (isImplied && isVoid(name)) return;
        let index = stack.length - 1;
        while (index >= 0 && stack[index].name !== name) index--;
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

/** For a pass over the Traditional pages themselves: only passages in another language (lang="en") stay as written. */
export const OTHER_LANGUAGE = /^(?!zh\b)[a-z]/i;
