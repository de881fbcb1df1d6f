import { Parser } from 'htmlparser2';
import { openccToMainland } from '../../src/i18n/convert';

// An independent reading of a zh-Hans page: every text node, attribute value and inline JSON block a
// reader, a crawler or the client script can see — found by its own walk with htmlparser2, not the
// converter's, so what the converter forgets to visit is still checked.

/** Attributes that are addresses or identifiers shared by both editions (anchors keep their Traditional id). */
const ADDRESS_ATTRIBUTES = new Set(['href', 'id', 'src', 'srcset']);

const isHant = (lang: unknown) => typeof lang === 'string' && /^zh-(hant|tw|hk|mo)\b/i.test(lang);

/** Every string of a JSON block, minus objects that say they are zh-Hant (the other edition's own name). */
function jsonStrings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, out));
  else if (value && typeof value === 'object' && !isHant((value as { lang?: unknown }).lang))
    for (const [key, v] of Object.entries(value)) {
      jsonStrings(key, out);
      jsonStrings(v, out);
    }
}

/** The text of a page that must read as Simplified, minus passages marked lang="zh-Hant". */
export function simplifiedText(html: string): string[] {
  const texts: string[] = [];
  const stack: { name: string; skip: boolean; json: boolean }[] = [];
  const skipping = () => stack.some((e) => e.skip);
  let json = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const hant = isHant(attributes.lang);
        const script = name === 'script' || name === 'style';
        const json = name === 'script' && /json/i.test(attributes.type ?? '');
        if (!hant && !skipping()) {
          for (const [attribute, value] of Object.entries(attributes)) if (!ADDRESS_ATTRIBUTES.has(attribute)) texts.push(value);
        }
        if (!VOID.has(name)) stack.push({ name, skip: hant || (script && !json), json });
      },
      ontext(text) {
        if (skipping()) return;
        if (stack.at(-1)?.json) json += text;
        else texts.push(text);
      },
      onclosetag(name) {
        if (stack.at(-1)?.json && json) {
          jsonStrings(JSON.parse(json), texts);
          json = '';
        }
        const index = stack.map((e) => e.name).lastIndexOf(name);
        if (index !== -1) stack.splice(index);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return texts.filter((t) => /\p{Script=Han}|[「」『』]/u.test(t));
}

const toSimplified = openccToMainland();
/** 著 is Simplified too where it means "notable" or "write" (著称, 著名, 著作, 显著); OpenCC alone would make it 着. */
const ZHU_WORDS = /著(称|名|作|述)|显著|卓著|昭著/g;

/** Characters OpenCC would still change in a text (read as a whole, since it converts phrase by phrase), with context. */
export function traditionalCharacters(text: string): string[] {
  const chars = [...text.replace(ZHU_WORDS, (w) => w.replace('著', '＿'))];
  const converted = [...toSimplified(chars.join(''))];
  if (converted.length !== chars.length) return [`${chars.join('')} → ${converted.join('')}`];
  const found: string[] = [];
  chars.forEach((ch, i) => {
    if (converted[i] !== ch) found.push(`${ch} in …${chars.slice(Math.max(0, i - 8), i + 8).join('')}…`);
  });
  return found;
}

/** Words of a list found in a text, each with a little context. */
export function wordsIn(text: string, words: readonly string[]): string[] {
  const found: string[] = [];
  for (const word of words) {
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length))
      found.push(`${word} in …${text.slice(Math.max(0, i - 8), i + word.length + 8)}…`);
  }
  return found;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'div', 'section', 'article', 'header', 'footer', 'nav', 'dt', 'dd', 'td', 'th']);
BLOCKS.add('figcaption').add('title').add('button').add('summary').add('blockquote').add('aside').add('main').add('br').add('option');

/**
 * A zh-Hans page's text as a reader reads it: text nodes joined across inline markup (a phrase split by a
 * link or a <wbr> is still one phrase), a line break between blocks; passages marked zh-Hant, scripts and
 * styles left out.
 */
export function readingText(html: string): string {
  let text = '';
  const stack: { name: string; skip: boolean }[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (BLOCKS.has(name)) text += '\n';
        if (!VOID.has(name))
          stack.push({ name, skip: isHant(attributes.lang) || name === 'script' || name === 'style' || name === 'template' });
      },
      ontext(data) {
        if (!stack.some((e) => e.skip)) text += data;
      },
      onclosetag(name) {
        if (BLOCKS.has(name)) text += '\n';
        const index = stack.map((e) => e.name).lastIndexOf(name);
        if (index !== -1) stack.splice(index);
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return text;
}
