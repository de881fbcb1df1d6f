import { rewriteHtml, type Edit, type HtmlPass } from '../html/rewrite-html';
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
 * included) and anything marked lang="zh-Hant" stay as written. Only text and attribute values change:
 * untouched bytes are copied through, so markup stays exactly as built.
 */
export function conversion(
  convert: (text: string) => string,
  /** Passages whose `lang` matches stay as written: by default those marked as the source script. */
  keepLang: RegExp = SOURCE_SCRIPT_LANG,
): HtmlPass {
  /** Open elements; each notes whether its content is protected from conversion. */
  const stack: { name: string; protect: boolean }[] = [];
  let protectedDepth = 0;
  return {
    startTag({ name, attributes, values }) {
      const isDataScript = name === 'script' && isDataScriptType(attributes.type);
      const protect =
        OPAQUE_ELEMENTS.has(name) ||
        (name === 'script' && !isDataScript) ||
        'data-no-convert' in attributes ||
        (keepLang.test(attributes.lang ?? '') && !('data-latin-run' in attributes));
      const edits: Edit[] = [];
      if (protectedDepth === 0 && !protect) {
        for (const { name: attribute, value, start, end } of values) {
          if (isTextAttribute(attribute) && hasHan(value)) edits.push({ start, end, text: convert(value) });
        }
      }
      if (!isVoid(name)) {
        stack.push({ name, protect });
        if (protect) protectedDepth++;
      }
      return edits;
    },
    endTag(name, isImplied) {
      if (isImplied && isVoid(name)) return;
      let index = stack.length - 1;
      while (index >= 0 && stack[index].name !== name) index--;
      if (index === -1) return;
      for (const element of stack.splice(index)) if (element.protect) protectedDepth--;
    },
    text(text) {
      // Text without Chinese has nothing to convert, unless it holds quotes an edition's style may set.
      if (protectedDepth > 0 || !(hasHan(text) || /[“”]/.test(text))) return text;
      return convert(text);
    },
  };
}

/** `html` with its reader-visible text converted (see `conversion`). */
export function convertHtml(html: string, convert: (text: string) => string, keepLang: RegExp = SOURCE_SCRIPT_LANG): string {
  return rewriteHtml(html, [conversion(convert, keepLang)]);
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
function isVoid(name: string): boolean {
  return VOID.has(name);
}

/** For a pass over the Traditional pages themselves: only passages in another language (lang="en") stay as written. */
export const OTHER_LANGUAGE = /^(?!zh\b)[a-z]/i;
