import { isAbsolute, relative, resolve } from 'node:path';

/** A path as an author finds it: relative to the working folder when inside it (content/events/x.mdx), else absolute. */
export function shownPath(path: string): string {
  const absolute = resolve(path);
  const inside = relative(process.cwd(), absolute);
  return inside === '' || inside.startsWith('..') || isAbsolute(inside) ? absolute : inside;
}
