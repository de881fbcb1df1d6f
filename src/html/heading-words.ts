import { inside, rewriteText } from './rewrite-text';

/** Elements whose text is set large and short, where a line that ends mid-word reads badly. */
const HEADINGS = new Set(['h1', 'h2', 'h3']);
/** Elements whose text is not set as heading words. */
const OPAQUE = new Set(['svg', 'script', 'style']);
const han = /\p{Script=Han}/u;
/** Chinese numerals: the segmenter cuts 一百零六 into 一百|零|六, which is still one number. */
const numeral = /[〇零一二兩两三四五六七八九十百千萬万億亿]/u;

/**
 * Puts a `<wbr>` between the Chinese words of every h1–h3, found with `Intl.Segmenter` (word granularity)
 * for the page's own script, so that headings set with `word-break: keep-all` break between words and
 * never inside one ("視訊會/議"). Chromium's `auto-phrase` only knows Japanese, and `keep-all` alone makes
 * a CJK run one unbreakable word: the `<wbr>` are its only break opportunities.
 * A `<wbr>` goes only between two Han characters, so a line never starts with closing punctuation.
 * The document is not re-serialised: only the headings' text nodes change.
 */
export function markHeadingWords(html: string, locale: string): string {
  const segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
  return rewriteText(html, (text, open) =>
    inside(open, HEADINGS) && !inside(open, OPAQUE) && han.test(text) ? markWords(text, segmenter) : text,
  );
}

/** `text` with `<wbr>` at each boundary between two Chinese words. */
export function markWords(text: string, segmenter: Intl.Segmenter): string {
  let result = '';
  let previous = '';
  for (const { segment } of segmenter.segment(text)) {
    const last = previous.at(-1) ?? '';
    const first = segment[0]!;
    if (han.test(last) && han.test(first) && !(numeral.test(last) && numeral.test(first))) result += '<wbr>';
    result += segment;
    previous = segment;
  }
  return result;
}
