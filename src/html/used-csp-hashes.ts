import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';
import { isDataScriptType } from './json-for-script';

const HASH_SOURCE = /\s*'sha(256|384|512)-([A-Za-z0-9+/=]+)'/g;
/** Pagefind searches with WebAssembly; a page that cannot search (no search settings, no search link) needs no wasm. */
const WASM_SOURCE = /\s*'wasm-unsafe-eval'/g;

const digest = (algorithm: string, text: string) => createHash(`sha${algorithm}`).update(text, 'utf8').digest('base64');

/**
 * Astro's Content-Security-Policy meta lists every hash the site might need on every page: its island
 * runtime and client directives (unused here, as no component hydrates), each stylesheet's file hash
 * (which a policy does not apply to a linked stylesheet). This keeps only the hashes of inline
 * scripts and styles the page actually has, so a page carries the policy it needs and no more.
 * It also drops 'wasm-unsafe-eval' from pages that carry no search (no `[data-search-settings]`, no
 * `[data-search-open]` link that builds the search dialog).
 * A page without such a meta is returned as it is.
 */
export function keepUsedCspHashes(html: string): string {
  const inline: string[] = [];
  let meta: { start: number; end: number; content: string } | undefined;
  let collecting: string[] | undefined;
  let searches = false;

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy') {
          meta = { start: parser.startIndex, end: parser.endIndex + 1, content: attributes.content ?? '' };
        }
        if ('data-search-settings' in attributes || 'data-search-open' in attributes) searches = true;
        const executable = name === 'script' && !('src' in attributes) && !isDataScriptType(attributes.type);
        if (executable || name === 'style') collecting = [];
      },
      ontext(text) {
        collecting?.push(text);
      },
      onclosetag(name) {
        if ((name === 'script' || name === 'style') && collecting) {
          inline.push(collecting.join(''));
          collecting = undefined;
        }
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (!meta) return html;

  const { content } = meta;
  let trimmed = content.replace(HASH_SOURCE, (source, algorithm: string, hash: string) =>
    inline.some((text) => digest(algorithm, text) === hash) ? source : '',
  );
  if (!searches) trimmed = trimmed.replace(WASM_SOURCE, '');
  if (trimmed === content) return html;
  const tag = html.slice(meta.start, meta.end).replace(content, trimmed);
  return html.slice(0, meta.start) + tag + html.slice(meta.end);
}
