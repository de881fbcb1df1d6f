import { readFileSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { createToSimplified } from '../i18n/convert';
import { buildScriptMap } from '../search/script-map';
import { createSiteIndex } from './pagefind-index';
import { dictionaryEntries } from '../i18n/opencc-dictionary';
import { scriptIds } from '../i18n/scripts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

/** Single Traditional characters OpenCC knows how to simplify: what a Simplified-site reader might type. */
function traditionalCharacters(): string[] {
  return [...new Set([...dictionaryEntries()].map(([phrase]) => phrase).filter((phrase) => [...phrase].length === 1))];
}

/** A Pagefind response, or an error naming the step that failed and Pagefind's own messages. */
export function assertPagefind<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length) throw new Error(`search index: ${step}: ${response.errors.join('; ')}`);
  return response;
}

/**
 * Indexes the built site under `site` into `site/pagefind` and returns the number of pages. One script's
 * folder at a time (the site-wide pages with the first), each in its own Pagefind process: Pagefind holds a
 * whole run's index in memory, about 0.1 MB a page, so the whole site at once took 4.8 GB at 44,000 pages.
 * Each script is one index of its own anyway (one per `<html lang>`), so the files come out the same; only
 * the entry file, which each run writes with its own languages, is joined. Pagefind's indexer is a child
 * process: it is closed whether indexing worked or not, or the build never exits.
 */
export async function writePagefindIndex(site: string): Promise<number> {
  const outputPath = join(site, 'pagefind');
  const entries: PagefindEntry[] = [];
  let pages = 0;
  // Whatever is not in a script's folder goes with the first script's run.
  const elsewhere = (await readdir(site, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && !(scriptIds as string[]).includes(e.name) && e.name !== 'pagefind')
    .map((e) => `${e.name}/**/*.html`);
  for (const [i, script] of scriptIds.entries()) {
    try {
      const { index } = assertPagefind('start', await createSiteIndex());
      if (!index) throw new Error('search index: start: Pagefind gave no index');
      const glob = i === 0 ? `{${['*.html', `${script}/**/*.html`, ...elsewhere].join(',')}}` : `${script}/**/*.html`;
      const added = assertPagefind('add the site', await index.addDirectory({ path: site, glob }));
      assertPagefind('write the index', await index.writeFiles({ outputPath }));
      entries.push(JSON.parse(await readFile(join(outputPath, ENTRY), 'utf8')) as PagefindEntry);
      pages += added.page_count;
    } finally {
      await pagefind.close();
    }
  }
  await writeFile(join(outputPath, ENTRY), JSON.stringify(joinEntries(entries)));
  return pages;
}

/** Pagefind's entry file: its version, options, and each language's index. */
interface PagefindEntry {
  version: string;
  languages: Record<string, unknown>;
  [option: string]: unknown;
}
const ENTRY = 'pagefind-entry.json';

/** One entry for indexes written by separate runs: their languages together, in the order Pagefind writes them. */
export function joinEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const languages: Record<string, unknown> = {};
  for (const entry of entries) {
    for (const [language, index] of Object.entries(entry.languages)) {
      if (language in languages) throw new Error(`search index: pages in ${language} are in more than one script's folder`);
      languages[language] = index;
    }
  }
  const sorted = Object.fromEntries(Object.entries(languages).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { ...entries[0], languages: sorted };
}

/**
 * Builds the Pagefind index of the finished site (one index per <html lang>, as Pagefind does) and, for
 * each script, the small map that lets a reader type the other script. Runs after the Simplified pages
 * exist, so each index holds its own script's text.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'documentary-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const pageCount = await writePagefindIndex(site);

        const toSimplified = createToSimplified();
        const candidates = traditionalCharacters();
        for (const script of scriptIds) {
          // One page in memory at a time: all of them at once held a gigabyte of text at 44,000 pages (and
          // opening them all at once ran out of file handles, EMFILE).
          const files = await htmlFiles(join(site, script));
          const texts = (function* () {
            for (const file of files) yield readFileSync(file, 'utf8');
          })();
          const map = buildScriptMap(script, texts, toSimplified, candidates);
          await writeFile(join(site, 'pagefind', `script-map.${script}.json`), JSON.stringify(map));
        }
        logger.info(`indexed ${pageCount} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
