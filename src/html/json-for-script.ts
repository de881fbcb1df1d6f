/** Characters that could end or confuse a `<script>` element, or a JavaScript string, if written raw. */
const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/**
 * JSON for the inside of a `<script>` element (JSON-LD, page settings). `JSON.stringify` alone lets
 * `</script>` or `<!--` in a title end the element early and turn the rest into markup; escaping `<`, `>`
 * and `&` as \u003c… makes that impossible while the JSON parses to exactly the same value.
 * U+2028/U+2029 are escaped too, so the text is also safe where it is read as JavaScript.
 */
export function jsonForScript(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('jsonForScript: the value has no JSON form');
  return json.replace(UNSAFE_IN_SCRIPT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A `<script type>` that holds data (JSON-LD, embedded JSON) rather than code: browsers do not run it. */
export const isDataScriptType = (type: string | undefined): boolean => /^application\/(ld\+)?json$/i.test(type ?? '');
