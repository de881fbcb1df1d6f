import { inside, rewriteHtml, type HtmlPass, type OpenElement, type TextPieces } from './rewrite-html';

/** Elements whose text is not prose a reader sees set in the page's face. */
const OPAQUE = new Set(['script', 'style', 'svg', 'title', 'textarea', 'code', 'pre', 'head']);
const BODY = new Set(['body']);
/** Characters a CJK face draws full-width (’ in “board’s” takes a whole em) but a Latin text needs narrow. */
const WIDE_IN_CJK = /[’‘“”]/;
/** A Latin word: maybe opened by a quote, letters and digits with apostrophes or hyphens inside, maybe closed by punctuation and a quote. */
const WORD = String.raw`[“‘]?[A-Za-z0-9][A-Za-z0-9’'.\-]*[,;:!?]?[”’]?`;
const RUN = new RegExp(`${WORD}(?: ${WORD})*`, 'g');
/** Chinese text or full-width punctuation: what an English quote sits against without a space. */
const CJK = /[\p{Script=Han}，。、；：！？（）《》〈〉「」『』—…]/u;
const OPEN_RUN = { markup: '<span lang="en" data-latin-run>' };
const CLOSE_RUN = { markup: '</span>' };

/**
 * Sets English inside Chinese text as English: each run of Latin words that holds a quote or apostrophe
 * (board’s, we’ve, “…”) is wrapped in `<span lang="en" data-latin-run>`, which the style sheet sets with proportional
 * widths, since the CJK face draws ’ and “” a full em wide. Only text nodes change. Screen readers also read
 * these runs as English. The run stays a text of its own for the steps after this one, as it would be were
 * the page parsed again: each edition's house style still sets the quotes around it (the conversion does
 * not skip it as a passage in another language, thanks to the marker). A space between a quoted run and
 * the Chinese beside it is dropped: the quote marks are full-width in both editions.
 */
export const latinRuns: HtmlPass = {
  text(text, open) {
    if (!inside(open, BODY) || inside(open, OPAQUE) || !WIDE_IN_CJK.test(text)) return text;
    const pieces: TextPieces = [];
    let from = 0;
    for (const match of text.matchAll(RUN)) {
      const run = match[0];
      if (!WIDE_IN_CJK.test(run) || !/[A-Za-z]/.test(run)) continue;
      // A quoted run is set in full-width marks by each edition (「…」, “…”), which take no space beside
      // Chinese; the space typed before an opening " (so that it curls the right way) goes.
      let before = text.slice(from, match.index);
      if (run.startsWith('“') && / $/.test(before) && CJK.test(before.at(-2) ?? '')) before = before.slice(0, -1);
      pieces.push(before, OPEN_RUN, run, CLOSE_RUN);
      from = match.index + run.length;
      if (run.endsWith('”') && text[from] === ' ' && CJK.test(text[from + 1] ?? '')) from++;
    }
    pieces.push(text.slice(from));
    return pieces;
  },
};

/** `html` with its English runs marked (see `latinRuns`). */
export function setLatinRuns(html: string): string {
  return rewriteHtml(html, [latinRuns]);
}

/**
 * Keeps each footnote marker on the line of the word before it: a word joiner (U+2060, no break either
 * side, invisible, ignored by word segmentation) before every citation superscript, since a line may
 * otherwise break between any two Chinese characters, and so before the marker.
 */
export function joinNoteMarks(html: string): string {
  return html.replaceAll('<sup class="cite"', '\u2060<sup class="cite"');
}

const DOT_BREAK = { markup: '\u2060·<wbr>' };
const isName = (e: OpenElement) => /(^|\s)person-ref(\s|$)/.test(e.attributes.class ?? '');
/**
 * Lets a long transliterated name in the prose break at its middle dot (格雷格·｜布羅克曼) and nowhere else:
 * a `<wbr>` after each · inside a person link, which the style sheet sets `word-break: keep-all`, and a word
 * joiner (U+2060) before it, since a CJK line may otherwise break before the dot (拉里｜·萨默斯). A name
 * kept whole on one line left ragged gaps at the end of the line before it.
 */
export const namesAtDots: HtmlPass = {
  text(text, open) {
    if (!text.includes('·') || !open.some(isName)) return text;
    return text.split('·').flatMap((part, i): TextPieces => (i === 0 ? [part] : [DOT_BREAK, part]));
  },
};

/** `html` with names that may break at their dots (see `namesAtDots`). */
export function breakNamesAtDots(html: string): string {
  return rewriteHtml(html, [namesAtDots]);
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'cite',
  'data',
  'em',
  'i',
  'mark',
  'q',
  's',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'wbr',
]);
/**
 * The Traditional edition's space between Chinese and a Latin word where the two meet at a tag, which the
 * typesetting of one text node cannot see: 〈a〉新矽 NewGeek〈/a〉寫作 → NewGeek 寫作, 在〈a〉OpenAI〈/a〉 →
 * 在 OpenAI, inside one line of prose (inline elements only). The space goes at the start of the later text
 * node. A new pass per page: it remembers the last character of the text before.
 */
export function spaceAcrossTags(): HtmlPass {
  let last = '';
  /** Only inline elements join two texts into one line of prose; any other tag starts afresh. */
  const boundary = (name: string) => {
    if (!INLINE.has(name)) last = '';
  };
  return {
    startTag: ({ name }) => boundary(name),
    endTag: (name) => boundary(name),
    text(text, open) {
      if (!text) return text;
      if (!inside(open, BODY) || inside(open, OPAQUE)) {
        last = '';
        return text;
      }
      const first = text[0]!;
      const meets = (LATIN.test(last) && HAN.test(first)) || (HAN.test(last) && LATIN.test(first));
      last = text.at(-1)!;
      return meets ? ` ${text}` : text;
    },
  };
}
