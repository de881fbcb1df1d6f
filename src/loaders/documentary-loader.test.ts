import { EventEmitter } from 'node:events';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

/** Just enough of Astro's loader context for one collection: a store, a pass-through parseData, a dev watcher, a logger. */
function devContext(watcher: EventEmitter & { add: () => unknown }, errors: string[]) {
  type Stored = { id: string; data: unknown; filePath?: string; body?: string; rendered?: { metadata?: { parts?: unknown[] } } };
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
  it('fills each collection from one reading, each MDX body rendered for the pages, and reloads on an edit', async () => {
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
    const partsOf = (id: string) => events.entries.get(id)?.rendered?.metadata?.parts;
    expect(events.entries.get('launch')).toMatchObject({ body: expect.stringContaining('火箭準時升空') });
    expect(partsOf('launch')).toEqual([
      expect.stringMatching(/^<p id="p-1"[^>]*>火箭準時升空。$/),
      { component: 'Cite', props: { id: 'nasa-report' }, children: [] },
      expect.stringMatching(/^<a class="anchor anchor-paragraph" href="#p-1"[^>]*><\/a><\/p>$/),
    ]);
    expect(sources.entries.get('nasa-report')?.data).toMatchObject({ id: 'nasa-report', publisher: 'NASA' });

    const file = join(dir, 'sources.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('publisher: NASA', 'publisher: 美國太空總署'));
    watcher.emit('change', file);
    await expect.poll(() => (sources.entries.get('nasa-report')?.data as { publisher: string }).publisher).toBe('美國太空總署');

    // An edited body is rendered again, for the next request of its page.
    const launch = join(dir, 'events', 'launch.mdx');
    await writeFile(launch, (await readFile(launch, 'utf8')).replace('火箭準時升空。', '火箭延後升空。'));
    watcher.emit('change', launch);
    await expect.poll(() => partsOf('launch')?.[0]).toMatch(/>火箭延後升空。$/);

    // A broken edit is said in the reader's lines, the last good entries stay, and the dev server keeps running.
    await writeFile(file, 'overrides: [\n');
    watcher.emit('change', file);
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toMatch(/sources\.yaml:\d+: the file is not valid YAML/);
    expect(sources.entries.has('nasa-report')).toBe(true);
    vi.unstubAllEnvs();
  });
});
