/**
 * Remembers a pure function's result per input array. Pages of one build share the same documentary
 * arrays, so an index computed for one page is reused by every other instead of being rebuilt per page.
 */
export function perArray<T extends object, R>(compute: (input: readonly T[]) => R): (input: readonly T[]) => R {
  const cache = new WeakMap<readonly T[], R>();
  return (input) => {
    if (!cache.has(input)) cache.set(input, compute(input));
    return cache.get(input)!;
  };
}
