import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const smallDocumentary = join(projectRoot, 'tests/fixtures/apollo-13');

export interface BuildResult {
  code: number | null;
  output: string;
  outDir: string;
}

/** Runs the project's build (scripts/build.mjs, as `npm run build` does) on a content folder, into its own output and cache folders. */
export async function build(contentDir: string, options: { outDir?: string; env?: Record<string, string> } = {}): Promise<BuildResult> {
  const work = await mkdtemp(join(tmpdir(), 'doc-build-'));
  const outDir = options.outDir ?? join(work, 'dist');
  const child = spawn(process.execPath, ['scripts/build.mjs', '--out', outDir], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, output: stripVTControlCharacters(output), outDir };
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
