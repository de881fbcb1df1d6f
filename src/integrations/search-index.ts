import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { createToSimplified } from '../i18n/convert';
import { buildScriptMap } from '../search/script-map';
import { createSiteIndex } from '../search/index-options';
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
        const { index, errors } = await createSiteIndex();
        if (!index) throw new Error(`search index: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`search index: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) throw new Error(`search index: ${written.errors.join('; ')}`);
        await pagefind.close();

        const toSimplified = createToSimplified();
        const candidates = traditionalCharacters();
        for (const script of scriptIds) {
          const texts = await Promise.all((await htmlFiles(join(site, script))).map((f) => readFile(f, 'utf8')));
          const map = buildScriptMap(script, texts, toSimplified, candidates);
          await writeFile(join(site, 'pagefind', `script-map.${script}.json`), JSON.stringify(map));
        }
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
