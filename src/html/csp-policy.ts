import { createHash } from 'node:crypto';
import { isDataScriptType } from './json-for-script';
import { rewriteHtml, type HtmlPass } from './rewrite-html';

const HASH_SOURCE = /\s*'sha(256|384|512)-([A-Za-z0-9+/=]+)'/g;
/** Pagefind searches with WebAssembly; a page that cannot search (no search settings, no search link) needs no wasm. */
const WASM_SOURCE = /\s*'wasm-unsafe-eval'/g;

const digest = (algorithm: string, text: string) => createHash(`sha${algorithm}`).update(text, 'utf8').digest('base64');

/**
 * The page's Content-Security-Policy `<meta>`, made to fit the page and to govern all of it:
 * - Astro's meta lists every hash the site might need on every page: its island runtime and client
 *   directives (unused here, as no component hydrates), each stylesheet's file hash (which a policy does
 *   not apply to a linked stylesheet). Only the hashes of inline scripts and styles the page actually has
 *   are kept, so a page carries the policy it needs and no more; 'wasm-unsafe-eval' goes from pages that
 *   carry no search (no `[data-search-settings]`, no `[data-search-open]` link that builds the search dialog).
 * - Astro writes it at the end of `<head>`, after the page's own tags: anything there that ends `<head>`
 *   early (a stray `</script>`, a `<!--`) would push the policy into `<body>`, where browsers ignore it, and
 *   every script before it runs unchecked. It moves to right after `<meta charset>` (or to the start of
 *   `<head>`): first in `<head>`, it governs everything after it.
 * A page without such a meta is left as it is.
 */
export function cspPolicy(): HtmlPass {
  const inline: string[] = [];
  let collecting: string[] | undefined;
  let searches = false;
  let meta: { start: number; end: number; content: string } | undefined;
  let afterCharset: number | undefined;
  let afterHead: number | undefined;

  return {
    startTag({ name, attributes, start, end }) {
      if (name === 'head' && afterHead === undefined) afterHead = end;
      else if (name === 'meta' && 'charset' in attributes && afterCharset === undefined) afterCharset = end;
      else if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy' && !meta) {
        meta = { start, end, content: attributes.content ?? '' };
      }
      if ('data-search-settings' in attributes || 'data-search-open' in attributes) searches = true;
      const executable = name === 'script' && !('src' in attributes) && !isDataScriptType(attributes.type);
      if (executable || name === 'style') collecting = [];
    },
    seeText(text) {
      collecting?.push(text);
    },
    endTag(name) {
      if ((name === 'script' || name === 'style') && collecting) {
        inline.push(collecting.join(''));
        collecting = undefined;
      }
    },
    finish(html) {
      if (!meta) return;
      const { content } = meta;
      let trimmed = content.replace(HASH_SOURCE, (source, algorithm: string, hash: string) =>
        inline.some((text) => digest(algorithm, text) === hash) ? source : '',
      );
      if (!searches) trimmed = trimmed.replace(WASM_SOURCE, '');
      const tag = html.slice(meta.start, meta.end).replace(content, trimmed);
      const target = afterCharset ?? afterHead;
      if (target === undefined || target >= meta.start) {
        return trimmed === content ? [] : [{ start: meta.start, end: meta.end, text: tag }];
      }
      return [
        { start: target, end: target, text: tag },
        { start: meta.start, end: meta.end, text: '' },
      ];
    },
  };
}

/** `html` with its Content-Security-Policy meta fitted to the page and moved first (see `cspPolicy`). */
export function fitCspPolicy(html: string): string {
  return rewriteHtml(html, [cspPolicy()]);
}
