import { inside, rewriteHtml, type HtmlPass, type TextPieces } from './rewrite-html';

/** Elements whose text is set large and short (headings, a figure's title), where a line that ends mid-word reads badly. */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'figcaption']);
/** Elements whose text is not set as heading words. */
const OPAQUE = new Set(['svg', 'script', 'style']);
const han = /\p{Script=Han}/u;
/** Chinese numerals: the segmenter cuts 一百零六 into 一百|零|六, which is still one number. */
const numeral = /[〇零一二兩两三四五六七八九十百千萬万億亿]/u;
const WBR = { markup: '<wbr>' };
const segmenters = new Map<string, Intl.Segmenter>();

/**
 * Puts a `<wbr>` between the Chinese words of every h1–h3 and figure caption, found with `Intl.Segmenter` (word granularity)
 * for the page's own script, so that headings set with `word-break: keep-all` break between words and
 * never inside one ("視訊會/議"). Chromium's `auto-phrase` only knows Japanese, and `keep-all` alone makes
 * a CJK run one unbreakable word: the `<wbr>` are its only break opportunities.
 * A `<wbr>` goes only between two Han characters, so a line never starts with closing punctuation.
 * Only the text nodes of headings and captions change.
 */
export function headingWords(locale: string): HtmlPass {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  return {
    text: (text, open) => (inside(open, HEADINGS) && !inside(open, OPAQUE) && han.test(text) ? markWords(text, segmenter) : text),
  };
}

/** `html` with the headings' words marked (see `headingWords`). */
export function markHeadingWords(html: string, locale: string): string {
  return rewriteHtml(html, [headingWords(locale)]);
}

/** `text` as its words with a `<wbr>` at each boundary between two Chinese words. */
function markWords(text: string, segmenter: Intl.Segmenter): TextPieces {
  const pieces: TextPieces = [];
  let word = '';
  let previous = '';
  for (const { segment } of segmenter.segment(text)) {
    const last = previous.at(-1) ?? '';
    const first = segment[0]!;
    if (han.test(last) && han.test(first) && !(numeral.test(last) && numeral.test(first))) {
      pieces.push(word, WBR);
      word = '';
    }
    word += segment;
    previous = segment;
  }
  pieces.push(word);
  return pieces;
}
