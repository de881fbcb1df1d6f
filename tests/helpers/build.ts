import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const smallDocumentary = join(projectRoot, 'tests/fixtures/apollo-13');

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/**
 * How many builds one test file runs at once. Each build runs in a copy of the project (see
 * `projectCopy`), so builds never share Astro's `.astro/` folder, which would let one build read another
 * content folder's modules.
 */
export const buildsAtOnce = Math.max(1, Number(process.env.TEST_BUILDS ?? Math.min(2, availableParallelism())));

/** The files a build reads from the project; node_modules is linked, not copied. */
const projectFiles = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A private copy of the project to build in. Astro writes the content modules of every build to
 * `<root>/.astro/` (not configurable), so two builds in one root can render each other's files.
 * Copying the sources (under 1 MB) costs milliseconds; symlinks will not do, because the bundler
 * resolves them to the real paths and then finds the files outside the root.
 */
export async function projectCopy(): Promise<string> {
  const root = join(await mkdtemp(join(tmpdir(), 'doc-project-')), 'project');
  await Promise.all(projectFiles.map((file) => cp(join(projectRoot, file), join(root, file), { recursive: true })));
  await symlink(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

// Roots not in use, so that a test file's builds reuse a few copies instead of making one per build.
const idleRoots: string[] = [];
let running = 0;
const waiting: (() => void)[] = [];

/** Runs `work` in a project copy of its own, at most `buildsAtOnce` at a time in this test file. */
export async function inProjectCopy<T>(work: (root: string) => Promise<T>): Promise<T> {
  if (running >= buildsAtOnce) await new Promise<void>((start) => waiting.push(start));
  running++;
  const root = idleRoots.pop() ?? (await projectCopy());
  try {
    return await work(root);
  } finally {
    idleRoots.push(root);
    running--;
    waiting.shift()?.();
  }
}

/** Runs the project's build (scripts/build.mjs, as `npm run build` does) on a content folder, into its own output and cache folders. */
export async function build(contentDir: string, options: { outDir?: string; env?: Record<string, string> } = {}): Promise<BuildResult> {
  const work = await mkdtemp(join(tmpdir(), 'doc-build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  return inProjectCopy(async (root) => {
    const child = spawn(process.execPath, ['scripts/build.mjs', '--out', outDir], {
      cwd: root,
      env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    return { code, output: stripVTControlCharacters(output), outDir };
  });
}

/** A copy of a content folder in a temporary place, to break on purpose. */
export async function copyOfContent(from = smallDocumentary): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'doc-content-')), 'content');
  await cp(from, dir, { recursive: true });
  return dir;
}

/** Edits one file of a content folder in place. */
export async function edit(dir: string, file: string, change: (text: string) => string): Promise<void> {
  const path = join(dir, file);
  await writeFile(path, change(await readFile(path, 'utf8')));
}
