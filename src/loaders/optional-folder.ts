// A section a documentary may leave out (its glossary, its corrections) has a folder that may not exist. Absent, the
// collection is simply empty: no loader complains about a missing folder and no page asks for it.
import { existsSync, readdirSync } from 'node:fs';
import type { Loader } from 'astro/loaders';

/** Whether the folder holds any entry file (`.mdx`, or the extension given). */
export function hasEntries(folder: string, extension = '.mdx'): boolean {
  return existsSync(folder) && readdirSync(folder).some((file) => file.endsWith(extension));
}

/** `loader` when the folder has entries, otherwise a loader that stores nothing. */
export function optionalFolder(folder: string, loader: Loader): Loader {
  return hasEntries(folder) ? loader : { name: 'absent-folder', load: async ({ store }) => store.clear() };
}
