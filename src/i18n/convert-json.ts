/**
 * Every string in a JSON value, passed through `convert` (the Simplified edition's converter), as the
 * page middleware does with every HTML page's text. Object keys stay (they are ids and addresses); so do
 * the values of the fields named in `keep`, which hold both scripts on purpose (the names search accepts
 * in either script).
 */
export function convertJson(value: unknown, convert: (text: string) => string, keep: ReadonlySet<string> = new Set()): unknown {
  if (typeof value === 'string') return convert(value);
  if (Array.isArray(value)) return value.map((item) => convertJson(item, convert, keep));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, keep.has(key) ? v : convertJson(v, convert, keep)]));
  }
  return value;
}
