import { Parser } from 'htmlparser2';

/**
 * Moves the Content-Security-Policy `<meta>` to right after `<meta charset>` (or to the start of `<head>`).
 * Astro writes it at the end of `<head>`, after the page's own tags: anything there that ends `<head>`
 * early (a stray `</script>`, a `<!--`) would push the policy into `<body>`, where browsers ignore it,
 * and every script before it runs unchecked. First in `<head>`, it governs everything after it.
 * A page without such a meta is returned as it is.
 */
export function cspMetaFirst(html: string): string {
  let meta: { start: number; end: number } | undefined;
  let insertAt: number | undefined;
  let afterHead: number | undefined;

  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        const end = parser.endIndex + 1;
        if (name === 'head' && afterHead === undefined) afterHead = end;
        else if (name === 'meta' && 'charset' in attributes && insertAt === undefined) insertAt = end;
        else if (name === 'meta' && attributes['http-equiv']?.toLowerCase() === 'content-security-policy' && !meta) {
          meta = { start: parser.startIndex, end };
        }
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  const target = insertAt ?? afterHead;
  if (!meta || target === undefined || target === meta.start) return html;
  if (target > meta.start) return html;
  const tag = html.slice(meta.start, meta.end);
  return html.slice(0, target) + tag + html.slice(target, meta.start) + html.slice(meta.end);
}
