import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { parseMdx } from '../markdown/parse-mdx';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const FENCE = /^---[ \t]*$/;

/**
 * What is wrong with one content file's text before any parser sees it, in the words an author needs:
 * not UTF-8, frontmatter never closed, frontmatter that is not fields, YAML an unquoted colon broke.
 * (Left alone, these surface as "No such file", every field "Required", or a parser's internals.)
 */
export function checkContentText(file: string, bytes: Uint8Array): string[] {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return [`${file}: is not UTF-8 text (saved as Big5, GBK or another encoding?); save it as UTF-8`];
  }
  text = text.replace(/^\uFEFF/, '');
  if (extname(file) === '.mdx') {
    const lines = text.split(/\r?\n/);
    if (!FENCE.test(lines[0] ?? '')) return [`${file}:1: the file must start with a --- line, then its fields, then another --- line`];
    const close = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
    if (close === -1) return [`${file}:1: the frontmatter is never closed; add a line with --- after the last field`];
    const frontmatter = yamlProblems(file, lines.slice(1, close).join('\n'), 1, 'the frontmatter');
    return frontmatter.length ? frontmatter : mdxProblems(file, lines.slice(close + 1).join('\n'), close + 2);
  }
  if (extname(file) === '.yaml' || extname(file) === '.yml') return yamlProblems(file, text, 0, 'the file');
  return [];
}

function mdxProblems(file: string, body: string, firstLine: number): string[] {
  try {
    parseMdx(body, firstLine);
    return [];
  } catch (error) {
    const { line, reason } = error as { line?: number; reason?: string; message: string };
    return [`${file}${line ? `:${line}` : ''}: the body is not valid MDX: ${reason ?? (error as Error).message}`];
  }
}

function yamlProblems(file: string, yaml: string, lineOffset: number, what: string): string[] {
  const doc = parseDocument(yaml);
  const [error] = doc.errors;
  if (error) {
    const line = (error.linePos?.[0].line ?? 1) + lineOffset;
    const source = yaml.split('\n')[line - lineOffset - 1] ?? '';
    const colonInValue = /^\s*-?\s*[\w.-]+:\s+[^"'{[|>].*:\s/.test(source);
    const hint = colonInValue ? 'a value containing ": " must be in quotes, e.g. title: "A: B"' : error.message.split('\n')[0];
    return [`${file}:${line}: ${what} is not valid YAML: ${hint}`];
  }
  if (lineOffset > 0 && doc.contents !== null && !isMap(doc.contents)) {
    return [`${file}:2: the frontmatter must be fields (name: value), not a ${Array.isArray(doc.toJS()) ? 'list' : 'single value'}`];
  }
  return [];
}

/** Every .mdx and YAML file of the content folder, checked as text. */
export function checkContentFiles(dir: string): string[] {
  const problems: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (name.startsWith('.')) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(mdx|ya?ml)$/.test(name)) problems.push(...checkContentText(path, readFileSync(path)));
    }
  };
  walk(dir);
  return problems;
}
