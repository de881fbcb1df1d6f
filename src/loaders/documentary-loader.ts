// The one loader through which Astro's collections get the documentary: the content reader
// (src/reader/read-documentary.ts) reads and checks the folder once, and each collection is filled from
// that reading. Each MDX entry is stored with its body rendered from the reader's syntax tree
// (src/markdown/rendered-body.ts): finished HTML and the components between it, drawn by MdxBody.astro.
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { contentDir } from '@/content-dir';
import { formatProblem } from '@/domain/problem';
import { renderBody } from '@/markdown/rendered-body';
import type { CollectionName } from '@/reader/collections';
import { readDocumentary, type Reading } from '@/reader/read-documentary';
import { shownPath } from '@/reader/shown-path';

/** The collection holding the checked model (src/domain/model.ts), for the pages. */
export const CHECKED = 'documentary';

let reading: Reading | undefined;
/** Readings whose problems were said already: each collection loads from the same one. */
const said = new WeakSet<Reading>();
const refills = new Map<string, (reading: Reading) => Promise<void>>();
let watching = false;

export function documentaryLoader(collection: CollectionName | typeof CHECKED): Loader {
  return {
    name: 'documentary',
    async load(context) {
      reading ??= readDocumentary(contentDir);
      if (reading.problems.length && !context.watcher) stopTheBuild(reading);
      if (reading.problems.length && !said.has(reading)) context.logger.error(problemLines(reading));
      said.add(reading);
      if (!reading.problems.length) await fill(context, collection, reading);
      refills.set(collection, (next) => fill(context, collection, next));
      if (context.watcher && !watching) watch(context);
    },
  };
}

const problemLines = ({ problems }: Reading) => problems.map(formatProblem).join('\n');

/**
 * Bad content stops the build here, with one line per problem and nothing else: no stack trace, no
 * Astro error block. The build writes into a fresh folder (scripts/build.mjs), so the last good site stays.
 */
function stopTheBuild(bad: Reading): never {
  process.stderr.write(`${problemLines(bad)}\n`);
  process.exit(1);
}

async function fill({ store, parseData, generateDigest, config }: LoaderContext, collection: string, from: Reading) {
  store.clear();
  if (collection === CHECKED) {
    const data = { documentary: from.documentary, conversion: from.conversion };
    store.set({ id: CHECKED, data: await parseData({ id: CHECKED, data }) });
    return;
  }
  const root = fileURLToPath(config.root);
  for (const entry of from.entries.filter((e) => e.collection === collection)) {
    const filePath = relative(root, entry.path);
    const data = await parseData({ id: entry.id, data: entry.data as Record<string, unknown>, filePath: entry.path });
    if (entry.body === undefined) store.set({ id: entry.id, data, filePath });
    else
      store.set({
        id: entry.id,
        data,
        body: entry.body,
        filePath: filePath.split(sep).join('/'),
        digest: generateDigest(entry.text),
        rendered: {
          html: '',
          metadata: {
            ...renderBody(entry.tree!, { file: entry.file, path: entry.path, frontmatter: entry.data as Record<string, unknown> }),
          },
        },
      });
  }
}

/** In `astro dev`: any change in the content folder is read again, and shown on reload or said as problems. */
function watch({ watcher, logger }: LoaderContext) {
  watching = true;
  const folder = resolve(contentDir);
  watcher?.add(folder);
  const reread = async (changed: string) => {
    if (changed !== folder && !changed.startsWith(folder + sep)) return;
    const next = readDocumentary(contentDir);
    if (next.problems.length) return logger.error(problemLines(next));
    said.add(next);
    reading = next;
    logger.info(`Reloaded ${shownPath(changed)}`);
    for (const refill of refills.values()) await refill(next);
  };
  for (const event of ['change', 'add', 'unlink']) watcher?.on(event, reread);
}
