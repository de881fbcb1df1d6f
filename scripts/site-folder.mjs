// Where a build of a content folder goes when no --out is given: the bundled documentary into dist/, any
// other into dist-<folder name>/, so previewing another documentary never replaces the main site.
import { basename, resolve } from 'node:path';

/**
 * @param {string | undefined} contentDir CONTENT_DIR as set, or undefined
 * @param {string} [project] the project folder, where the bundled content/ lives
 * @returns {string} the output folder, relative to the project
 */
export function siteFolderFor(contentDir, project = process.cwd()) {
  if (!contentDir || resolve(project, contentDir) === resolve(project, 'content')) return 'dist';
  const name = basename(resolve(project, contentDir)).replace(/[^\w.-]+/g, '-');
  return `dist-${name}`;
}
