import { EventEmitter } from 'node:events';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { yamlFile } from './yaml-file';

/** Just enough of Astro's loader context: a store, a pass-through parseData, a dev watcher, a logger. */
function devContext(root: string) {
  const entries = new Map<string, unknown>();
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  const errors: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      clear: () => entries.clear(),
      set: ({ id, data }: { id: string; data: unknown }): void => void entries.set(id, data),
    },
    parseData: async ({ data }: { data: unknown }) => data,
    watcher,
    logger: { info: () => {}, error: (m: string) => errors.push(m) },
  };
  return { context, entries, watcher, errors };
}

describe('yamlFile', () => {
  it('reads a file saved with a byte-order mark', async () => {
    const root = await mkdtemp(join(tmpdir(), 'yaml-loader-'));
    await writeFile(join(root, 'sources.yaml'), '\uFEFF- id: a\n  title: b\n');
    const { context, entries, errors } = devContext(root);
    await yamlFile('sources.yaml').load(context as never);
    expect(errors).toEqual([]);
    expect(entries.get('a')).toEqual({ id: 'a', title: 'b' });
  });
});

describe('yamlFile in astro dev', () => {
  it('reloads the file when it changes, so an edit shows without a restart', async () => {
    const root = await mkdtemp(join(tmpdir(), 'yaml-loader-'));
    const file = join(root, 'conversion.yaml');
    await writeFile(file, 'overrides: [{ from: 賈伯斯, to: 喬布斯 }]\n');
    const { context, entries, watcher, errors } = devContext(root);
    await yamlFile('conversion.yaml', { single: 'conversion' }).load(context as never);
    expect(entries.get('conversion')).toEqual({ overrides: [{ from: '賈伯斯', to: '喬布斯' }] });

    await writeFile(file, 'overrides: [{ from: 執行長, to: 首席執行官 }]\n');
    watcher.emit('change', file);
    await expect.poll(() => entries.get('conversion')).toEqual({ overrides: [{ from: '執行長', to: '首席執行官' }] });

    // A broken edit is reported, and the dev server keeps running.
    await writeFile(file, 'overrides: [\n');
    watcher.emit('change', file);
    await expect.poll(() => errors.length).toBe(1);
    expect(errors[0]).toMatch(/^conversion\.yaml: is not valid YAML/);
  });
});
