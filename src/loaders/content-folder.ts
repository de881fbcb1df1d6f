import { lstatSync, readdirSync, realpathSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';

/** Folders whose files are entries: the file name is the id and the URL slug. */
const ENTRY_FOLDERS = ['chapters', 'events', 'profiles', 'glossary'];
const SLUG_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.mdx$/;

/** The id an author probably meant for a file name: ASCII, lower case, hyphens. */
export function suggestedSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'an-ascii-name'}.mdx`;
}

/**
 * Problems with the content folder itself, found before any file is read: links leading out of it
 * (which would publish, or print, files that are not content), entry files named so that their id
 * would not be a clean URL slug (upper case, spaces, non-ASCII — two names that differ only in case or
 * Unicode form would collide), and files the collection would silently skip (.md in an .mdx folder).
 */
export function checkContentFolder(dir: string): string[] {
  const problems: string[] = [];
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    return [`${dir}: the content folder does not exist`];
  }
  const walk = (folder: string, entryFolder: boolean) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const shown = join(dir, relative(root, path));
      const stat = lstatSync(path);
      if (stat.isSymbolicLink()) {
        let target: string | undefined;
        try {
          target = realpathSync(path);
        } catch {}
        if (!target || (target !== root && !target.startsWith(root + sep))) {
          problems.push(`${shown}: is a link to something outside the content folder; copy the file into the folder instead`);
          continue;
        }
      }
      if (stat.isDirectory() || (stat.isSymbolicLink() && lstatSync(realpathSync(path)).isDirectory())) {
        if (folder === root) walk(path, ENTRY_FOLDERS.includes(name));
        continue;
      }
      if (!entryFolder || name.startsWith('.')) continue;
      if (extname(name).toLowerCase() !== '.mdx') {
        problems.push(`${shown}: is not an .mdx file and would be skipped; entries are .mdx files (rename it to ${suggestedSlug(name)})`);
      } else if (!SLUG_FILE.test(name)) {
        problems.push(
          `${shown}: the file name is the id and URL slug, so it must be ASCII, lower case and hyphenated; rename it to ${suggestedSlug(name)}`,
        );
      }
    }
  };
  walk(root, false);
  return problems;
}
