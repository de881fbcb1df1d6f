import { EventEmitter } from 'node:events';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

/** Just enough of Astro's loader context for one collection: a store, a pass-through parseData, a dev watcher, a logger. */
function devContext(watcher: EventEmitter & { add: () => unknown }, errors: string[]) {
  type Stored = { id: string; data: unknown; filePath?: string; deferredRender?: boolean; body?: string };
  const entries = new Map<string, Stored>();
  const context = {
    config: { root: pathToFileURL(`${process.cwd()}/`) },
    store: { clear: () => entries.clear(), set: (entry: Stored) => void entries.set(entry.id, entry) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (text: string) => String(text.length),
    watcher,
    logger: { info: () => {}, error: (m: string) => errors.push(m) },
  };
  return { context, entries };
}

describe('the documentary loader in astro dev', () => {
  it('fills each collection from one reading, MDX for @astrojs/mdx to render, and reloads on an edit', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'documentary-loader-')), 'content');
    await cp(resolve('tests/fixtures/apollo-13'), dir, { recursive: true });
    vi.stubEnv('CONTENT_DIR', dir);
    vi.resetModules();
    const { documentaryLoader } = await import('./documentary-loader');
    const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
    const errors: string[] = [];
    const events = devContext(watcher, errors);
    const sources = devContext(watcher, errors);
    await documentaryLoader('events').load(events.context as never);
    await documentaryLoader('sources').load(sources.context as never);
    expect(events.entries.get('launch')).toMatchObject({ deferredRender: true, body: expect.stringContaining('火箭準時升空') });
    expect(sources.entries.get('nasa-report')?.data).toMatchObject({ id: 'nasa-report', publisher: 'NASA' });

    const file = join(dir, 'sources.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('publisher: NASA', 'publisher: 美國太空總署'));
    watcher.emit('change', file);
    await expect.poll(() => (sources.entries.get('nasa-report')?.data as { publisher: string }).publisher).toBe('美國太空總署');

    // A broken edit is said in the reader's lines, the last good entries stay, and the dev server keeps running.
    await writeFile(file, 'overrides: [\n');
    watcher.emit('change', file);
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toMatch(/sources\.yaml:\d+: the file is not valid YAML/);
    expect(sources.entries.has('nasa-report')).toBe(true);
    vi.unstubAllEnvs();
  });
});
