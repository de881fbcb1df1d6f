import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import type { ContentProblem } from '../domain/problem';
import { collections, type Collection } from './collections';
import { shownPath } from './shown-path';

/** Folders whose files are entries, with the extension each entry has: the file name is the id and the URL slug. */
const entryFolders = (parts: readonly Collection[]) =>
  new Map<string, string>(parts.flatMap((c) => (c.kind === 'folder' ? [[c.folder, c.extension]] : [])));
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id an author probably meant for a file name: ASCII, lower case, hyphens. */
export function suggestedSlug(name: string, extension = '.mdx'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'an-ascii-name'}${extension}`;
}

/**
 * Problems with the content folder itself, found before any file is read: links leading out of it
 * (which would publish, or print, files that are not content), entry files named so that their id
 * would not be a clean URL slug (upper case, spaces, non-ASCII — two names that differ only in case or
 * Unicode form would collide), and files the collection would silently skip (.md in an .mdx folder).
 */
export function checkContentFolder(dir: string, parts: readonly Collection[] = collections): ContentProblem[] {
  const folders = entryFolders(parts);
  const problems: ContentProblem[] = [];
  const problem = (path: string, message: string, hint: string) => problems.push({ file: shownPath(path), field: '', message, hint });
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    return [{ file: shownPath(dir), field: '', message: 'the content folder does not exist' }];
  }
  const walk = (folder: string, extension: string | undefined) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const shown = join(resolve(dir), relative(root, path));
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) {
        let target: string | undefined;
        try {
          target = realpathSync(path);
        } catch {}
        if (!target || (target !== root && !target.startsWith(root + sep))) {
          problem(shown, 'is a link to something outside the content folder', 'copy the file into the folder instead');
          continue;
        }
      }
      if (stat.isDirectory() || (stat.isSymbolicLink() && lstatSync(realpathSync(path)).isDirectory())) {
        if (folder === root) walk(path, folders.get(name));
        continue;
      }
      if (!extension || name.startsWith('.')) continue;
      if (extname(name).toLowerCase() !== extension) {
        problem(
          shown,
          `is not ${extension === '.mdx' ? 'an' : 'a'} ${extension} file and would be skipped`,
          `entries are ${extension} files (rename it to ${suggestedSlug(name, extension)})`,
        );
      } else if (!SLUG.test(name.slice(0, -extension.length))) {
        problem(
          shown,
          'the file name is the id and URL slug, so it must be ASCII, lower case and hyphenated',
          `rename it to ${suggestedSlug(name, extension)}`,
        );
      }
    }
  };
  walk(root, undefined);
  return problems;
}
