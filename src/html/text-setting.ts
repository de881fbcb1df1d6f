import { inside, rewriteText, type OpenElement } from './rewrite-text';

/** Elements whose text is not prose a reader sees set in the page's face. */
const OPAQUE = new Set(['script', 'style', 'svg', 'title', 'textarea', 'code', 'pre', 'head']);
const BODY = new Set(['body']);
/** Characters a CJK face draws full-width (’ in “board’s” takes a whole em) but a Latin text needs narrow. */
const WIDE_IN_CJK = /[’‘“”]/;
/** A Latin word: maybe opened by a quote, letters and digits with apostrophes or hyphens inside, maybe closed by punctuation and a quote. */
const WORD = String.raw`[“‘]?[A-Za-z0-9][A-Za-z0-9’'.\-]*[,;:!?]?[”’]?`;
const RUN = new RegExp(`${WORD}(?: ${WORD})*`, 'g');

/**
 * Sets English inside Chinese text as English: each run of Latin words that holds a quote or apostrophe
 * (board’s, we’ve, “…”) is wrapped in `<span lang="en" data-latin-run>`, which the style sheet sets with proportional
 * widths, since the CJK face draws ’ and “” a full em wide. Only text nodes change; the document is not
 * re-serialised. Screen readers also read these runs as English. The marker lets each edition's house style
 * still set the quotes around such a run (convertHtml does not skip it as a passage in another language).
 */
export function setLatinRuns(html: string): string {
  return rewriteText(html, (text, open) =>
    inside(open, BODY) && !inside(open, OPAQUE) && WIDE_IN_CJK.test(text)
      ? text.replace(RUN, (run) => (WIDE_IN_CJK.test(run) && /[A-Za-z]/.test(run) ? `<span lang="en" data-latin-run>${run}</span>` : run))
      : text,
  );
}

/**
 * Keeps each footnote marker on the line of the word before it: a word joiner (U+2060, no break either
 * side, invisible, ignored by word segmentation) before every citation superscript, since a line may
 * otherwise break between any two Chinese characters, and so before the marker.
 */
export function joinNoteMarks(html: string): string {
  return html.replaceAll('<sup class="cite"', '\u2060<sup class="cite"');
}

/**
 * Lets a long transliterated name in the prose break at its middle dot (格雷格·｜布羅克曼) and nowhere else:
 * a `<wbr>` after each · inside a person link, which the style sheet sets `word-break: keep-all`, and a word
 * joiner (U+2060) before it, since a CJK line may otherwise break before the dot (拉里｜·萨默斯). A name
 * kept whole on one line left ragged gaps at the end of the line before it.
 */
export function breakNamesAtDots(html: string): string {
  const isName = (e: OpenElement) => /(^|\s)person-ref(\s|$)/.test(e.attributes.class ?? '');
  return rewriteText(html, (text, open) => (open.some(isName) ? text.replaceAll('·', '\u2060·<wbr>') : text));
}
