import { extname } from 'node:path';
import { isMap, LineCounter, parseDocument } from 'yaml';
import type { ContentProblem } from '../domain/problem';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const FENCE = /^---[ \t]*$/;
/** How Astro splits frontmatter from body (@astrojs/internal-helpers), so the body the reader sees is the one Astro stores. */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---)([\s\S]*?\n)(?:---)/;

/** YAML as data, with the line each value was written on. */
export interface YamlData {
  data: unknown;
  /** The file line of the value at `path` (`['people', 1]`), or of its nearest written parent; undefined for the root. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/** A content file read as text: its YAML (the frontmatter of an .mdx, or the whole .yaml), and an .mdx's body. */
export interface ContentText {
  /** The file's text as read, for the digest. */
  text: string;
  yaml: YamlData;
  /** The body as Astro stores it (everything but the frontmatter). */
  body?: string;
  /** What follows the closing --- , and the file line it starts on: what the MDX parser reads. */
  mdx?: { source: string; firstLine: number };
}

/**
 * A content file's text, or what is wrong with it before any parser sees it, in the words an author needs:
 * not UTF-8, frontmatter never closed, frontmatter that is not fields, YAML an unquoted colon broke.
 * (Left alone, these surface as "No such file", every field "Required", or a parser's internals.)
 */
export function readContentText(file: string, bytes: Uint8Array): { read?: ContentText; problems: ContentProblem[] } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return problem(file, undefined, 'is not UTF-8 text (saved as Big5, GBK or another encoding?)', 'save it as UTF-8');
  }
  // Editors on Windows save UTF-8 with a byte-order mark; the YAML parser would read it as content.
  const unmarked = text.replace(/^\uFEFF/, '');
  if (extname(file) !== '.mdx') {
    const yaml = readYaml(file, unmarked, 0, 'the file');
    return 'problems' in yaml ? yaml : { read: { text, yaml }, problems: [] };
  }
  const lines = unmarked.split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return problem(file, 1, 'the file must start with a --- line, then its fields, then another --- line');
  const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (close === -1) return problem(file, 1, 'the frontmatter is never closed', 'add a line with --- after the last field');
  const yaml = readYaml(file, lines.slice(1, close).join('\n'), 1, 'the frontmatter');
  if ('problems' in yaml) return yaml;
  const fenced = ASTRO_FRONTMATTER.exec(text);
  const body = fenced ? text.slice(0, fenced.index) + text.slice(fenced.index + fenced[0].length) : text;
  return { read: { text, yaml, body, mdx: { source: lines.slice(close + 1).join('\n'), firstLine: close + 2 } }, problems: [] };
}

function problem(file: string, line: number | undefined, message: string, hint?: string) {
  return { problems: [{ file, line, field: '', message, ...(hint ? { hint } : {}) }] };
}

function readYaml(file: string, source: string, lineOffset: number, what: string): YamlData | { problems: ContentProblem[] } {
  const lineCounter = new LineCounter();
  // Timestamps and merge keys as js-yaml reads them, which is what Astro reads frontmatter with.
  const doc = parseDocument(source, { lineCounter, ...(lineOffset ? { customTags: ['timestamp'], merge: true } : {}) });
  const [error] = doc.errors;
  if (error) {
    const lines = source.split('\n');
    let at = error.linePos?.[0].line ?? 1;
    // The parser notices an unclosed [ or { where the next field starts; the author must look where it opened.
    const unclosed = /end with an? ([\]}])/.exec(error.message)?.[1];
    if (unclosed) at = lastLineOpening(lines.slice(0, at), unclosed === ']' ? '[' : '{') ?? at;
    const colonInValue = /^\s*-?\s*[\w.-]+:\s+[^"'{[|>].*:\s/.test(lines[at - 1] ?? '');
    // The parser's own "at line N, column M" counts from the start of the YAML, not of the file: left out.
    const said = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const hint = colonInValue ? 'a value containing ": " must be in quotes, e.g. title: "A: B"' : said;
    return problem(file, at + lineOffset, `${what} is not valid YAML: ${hint}`);
  }
  if (lineOffset > 0 && doc.contents !== null && !isMap(doc.contents)) {
    return problem(file, 2, `the frontmatter must be fields (name: value), not a ${Array.isArray(doc.toJS()) ? 'list' : 'single value'}`);
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
      // A missing value's key is where the author looks: `summary:` with nothing after it.
      const at = node?.range?.[0] ?? keyOffset(doc, path.slice(0, depth));
      if (at !== undefined) return lineCounter.linePos(at).line + lineOffset;
    }
    return undefined;
  };
  return { data: doc.toJS() ?? (lineOffset ? {} : null), lineOf };
}

/** The last of `lines` (1-based) that opens more `open` brackets than it closes. */
function lastLineOpening(lines: string[], open: '[' | '{'): number | undefined {
  const close = open === '[' ? ']' : '}';
  const count = (text: string, c: string) => text.split(c).length - 1;
  for (let i = lines.length - 1; i >= 0; i--) if (count(lines[i], open) > count(lines[i], close)) return i + 1;
  return undefined;
}

/** Where the key of `path`'s last step is written, for a value that is null or absent. */
function keyOffset(doc: ReturnType<typeof parseDocument>, path: readonly PropertyKey[]): number | undefined {
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => (item.key as { value?: unknown })?.value === path.at(-1));
  return (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
}
