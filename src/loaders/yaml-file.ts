import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * Loads a YAML file as a collection: a list of entries with `id`, or (`single`) one object stored as the
 * entry `id` (`optional`: a missing file counts as empty). Unlike Astro's `file()` loader, which logs and skips what it cannot read, any problem here
 * stops the build with the file named: a documentary must not lose a source silently. In `astro dev` the
 * file is watched like Astro's own loaders do, so an edit shows on reload without a restart.
 */
export function yamlFile(path: string, options: { single?: string; optional?: boolean } = {}): Loader {
  return {
    name: 'yaml-file',
    async load(context) {
      await sync(context);
      const absolute = resolve(fileURLToPath(context.config.root), path);
      context.watcher?.add(absolute);
      const reload = async (changed: string) => {
        if (changed !== absolute) return;
        context.logger.info(`Reloading ${path}`);
        // The dev server stays up; the message says what to fix, as the build would.
        await sync(context).catch((error: Error) => context.logger.error(error.message));
      };
      context.watcher?.on('change', reload);
      context.watcher?.on('add', reload);
      context.watcher?.on('unlink', reload);
    },
  };

  async function sync({ store, parseData, config }: LoaderContext) {
    const root = fileURLToPath(config.root);
    const absolute = resolve(root, path);
    const filePath = relative(root, absolute);
    let text: string;
    try {
      text = await readFile(absolute, 'utf8');
    } catch {
      if (options.optional) {
        text = options.single ? '{}' : '[]';
      } else {
        throw new Error(`${path}: file not found`);
      }
    }
    // Editors on Windows save UTF-8 with a byte-order mark; the yaml package reads it as content.
    text = text.replace(/^\uFEFF/, '');
    let data: unknown;
    try {
      data = parse(text);
    } catch (error) {
      throw new Error(`${path}: is not valid YAML: ${(error as Error).message}`, { cause: error });
    }
    const items: Record<string, unknown>[] = options.single
      ? [{ ...(data as object), id: options.single }]
      : Array.isArray(data)
        ? data
        : (() => {
            throw new Error(`${path}: must be a list of entries, each with an id`);
          })();
    store.clear();
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const id = item?.id;
      if (typeof id !== 'string' || !id) throw new Error(`${path}: [${index}].id is missing`);
      if (seen.has(id)) throw new Error(`${path}: [${index}].id "${id}" is used twice`);
      seen.add(id);
      return id;
    });
    for (const item of items) {
      const id = item.id as string;
      const { id: _, ...rest } = item;
      const fields = options.single ? rest : item;
      store.set({ id, data: await parseData({ id, data: fields, filePath: absolute }), filePath });
    }
  }
}
