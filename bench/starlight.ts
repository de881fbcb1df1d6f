// The bundled documentary's build against Starlight's, per page, in paired alternating runs on this machine.
// Usage: node bench/starlight.ts <starlight project> [pairs, default 3]
// The Starlight project lives outside this repository (it is never a dependency of the product): a folder
// where `npm install @astrojs/starlight@0.42.4 astro@7.3.5 @astrojs/markdown-remark@7.3.1` was run. This
// script writes its config and content: every MDX body of content/ (events, chapters, people, glossary) as
// a Starlight doc in both scripts (zh-hant and zh-hans, the Simplified text converted by our converter, as
// our build does), the documentary's components replaced by what they read as: links for people, events
// and terms, the text of a claim, nothing for a citation mark. Each project is built once first, unmeasured,
// so both then run as a rebuild does, with their caches (Vite's optimised dependencies, Astro's content
// store); each pair builds ours, then Starlight, the order alternating from pair to pair so neither always
// runs on a warmer machine.
// Beside each pair, the floor under any Astro site: the same Astro on the same Node building as many pages as
// ours, each an empty page from one route, with no integration (a project written to a temporary folder that
// uses this repository's node_modules). With our search index's own time (from our build's log), it says how
// much of a per-page target is left for the documentary's own work.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { createToSimplified } from '../src/i18n/convert.ts';

const root = resolve(import.meta.dirname, '..');
const project = process.argv[2] ? resolve(process.argv[2]) : undefined;
const pairs = Number(process.argv[3] ?? 3);
if (!project) {
  console.error('Usage: node bench/starlight.ts <starlight project folder> [pairs]');
  process.exit(2);
}
const work = mkdtempSync(join(tmpdir(), 'bench-starlight-'));
const toSimplified = createToSimplified();

const SECTIONS = { events: 'events', chapters: 'chapters', profiles: 'people', glossary: 'glossary' } as const;
const LINKED = { Person: 'people', EventRef: 'events', Term: 'glossary' } as const;

/** An MDX body with the documentary's components replaced by plain Markdown. */
function asMarkdown(body: string, locale: string): string {
  return body
    .replace(
      /<(Person|EventRef|Term) id="([^"]+)">([\s\S]*?)<\/\1>/g,
      (_m, tag: keyof typeof LINKED, id: string, text: string) => `[${text}](/${locale}/${LINKED[tag]}/${id}/)`,
    )
    .replace(/<[A-Z][A-Za-z]*[^>]*\/>/g, '')
    .replace(/<\/?[A-Z][A-Za-z]*[^>]*>/g, '');
}

function writeStarlightProject(dir: string): number {
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [
    starlight({
      title: 'OpenAI 106 小時',
      defaultLocale: 'zh-hant',
      locales: { 'zh-hant': { label: '繁體中文', lang: 'zh-TW' }, 'zh-hans': { label: '简体中文', lang: 'zh-CN' } },
    }),
  ],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  let count = 0;
  for (const [folder, section] of Object.entries(SECTIONS)) {
    for (const file of readdirSync(join(root, 'content', folder)).filter((f) => f.endsWith('.mdx'))) {
      const source = readFileSync(join(root, 'content', folder, file), 'utf8');
      const [, frontmatter, body] = source.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/)!;
      const data = parse(frontmatter) as Record<string, string>;
      const title = data.title ?? data.name ?? data.term;
      const description = data.summary ?? data.definition ?? '';
      for (const locale of ['zh-hant', 'zh-hans']) {
        const convert = locale === 'zh-hans' ? toSimplified : (text: string) => text;
        const page = `---\ntitle: ${JSON.stringify(convert(title))}\ndescription: ${JSON.stringify(convert(description))}\n---\n${convert(asMarkdown(body, locale))}`;
        mkdirSync(join(docs, locale, section), { recursive: true });
        writeFileSync(join(docs, locale, section, basename(file)), page);
        count++;
      }
    }
  }
  for (const locale of ['zh-hant', 'zh-hans']) {
    writeFileSync(join(docs, locale, 'index.mdx'), `---\ntitle: ${JSON.stringify(convert(locale, 'OpenAI 106 小時'))}\n---\n`);
    count++;
  }
  return count;
}
function convert(locale: string, text: string): string {
  return locale === 'zh-hans' ? toSimplified(text) : text;
}

/** An Astro project with one route that writes `pages` empty pages, and nothing else. */
function writeFloorProject(dir: string, pages: number): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "astro-floor", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory' } });\n`,
  );
  writeFileSync(
    join(dir, 'src/pages/[...slug].astro'),
    `---
export const getStaticPaths = () => Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: \`p/\${i}\` } }));
const { slug } = Astro.params;
---
<html lang="zh-Hant"><head><meta charset="utf-8" /><title>{slug}</title></head><body><p>{slug}</p></body></html>
`,
  );
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

const htmlPages = (dir: string) => readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;

interface Timed {
  seconds: number;
  /** User and system CPU time of the build and its children: less distorted than wall time when the machine is shared. */
  cpuSeconds: number;
  pages: number;
  /** What the build printed. */
  log: string;
}
function timed(command: string[], cwd: string, env: NodeJS.ProcessEnv, out: string): Timed {
  rmSync(out, { recursive: true, force: true });
  const started = performance.now();
  const result = spawnSync('/usr/bin/time', ['-f', 'CPU_SECONDS=%U %S', ...command], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed in ${cwd}:\n${(result.stderr || result.stdout).slice(-3000)}`);
  const [user, system] = result.stderr
    .match(/CPU_SECONDS=([\d.]+) ([\d.]+)/)!
    .slice(1)
    .map(Number);
  return { seconds, cpuSeconds: user + system, pages: htmlPages(out), log: result.stdout };
}

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
function ours(): Timed {
  const out = join(work, 'ours');
  return timed([process.execPath, 'scripts/build.mjs', '--out', out], root, env, out);
}
const floorProject = join(work, 'floor');
function floor(): Timed {
  const out = join(floorProject, 'dist');
  return timed([process.execPath, join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], floorProject, env, out);
}
/** Our search index's own time, as our build logs it (both scripts). */
const searchIndexSeconds = (t: Timed) => Number(t.log.match(/indexed \d+ pages in (\d+) ms/)?.[1] ?? NaN) / 1000;
function starlight(): Timed {
  const out = join(project!, 'dist');
  return timed([process.execPath, join(project!, 'node_modules/astro/bin/astro.mjs'), 'build'], project!, env, out);
}

const docs = writeStarlightProject(project);
console.error(`Starlight project ${project}: ${docs} docs written; one unmeasured build of each, then ${pairs} pairs, alternating …`);
if (pairs) {
  writeFloorProject(floorProject, ours().pages);
  starlight();
  floor();
}
const perPage = (t: Timed) => (t.seconds * 1000) / t.pages;
const cpuPerPage = (t: Timed) => (t.cpuSeconds * 1000) / t.pages;
const rows: string[] = [];
const ratios: number[] = [];
const cpuRatios: number[] = [];
const floorRows: string[] = [];
for (let pair = 0; pair < pairs; pair++) {
  const load = loadavg()[0].toFixed(1);
  const [a, b] = pair % 2 === 0 ? [ours(), starlight()] : (([s, o]) => [o, s])([starlight(), ours()]);
  const ratio = perPage(a) / perPage(b);
  ratios.push(ratio);
  cpuRatios.push(cpuPerPage(a) / cpuPerPage(b));
  const side = (t: Timed) =>
    `${t.seconds.toFixed(2)} s (CPU ${t.cpuSeconds.toFixed(1)} s), ${t.pages} pages, ${perPage(t).toFixed(1)} ms/page (CPU ${cpuPerPage(t).toFixed(1)})`;
  const line =
    `| ${pair + 1} (${pair % 2 === 0 ? 'ours first' : 'Starlight first'}) | ${side(a)} | ${side(b)} ` +
    `| ${ratio.toFixed(2)} (CPU ${cpuRatios.at(-1)!.toFixed(2)}) | ${load} |`;
  rows.push(line);
  console.error(line);
  const empty = floor();
  const target = (perPage(b) / 2 / 1000) * a.pages;
  const search = searchIndexSeconds(a);
  const floorLine =
    `| ${pair + 1} | ${empty.seconds.toFixed(2)} s (CPU ${empty.cpuSeconds.toFixed(1)} s), ${empty.pages} pages, ` +
    `${(perPage(empty) / perPage(b)).toFixed(2)}× Starlight per page | ${search.toFixed(2)} s ` +
    `| ${target.toFixed(2)} s | ${(target - empty.seconds - search).toFixed(2)} s, against ${(a.seconds - empty.seconds - search).toFixed(2)} s now |`;
  floorRows.push(floorLine);
  console.error(floorLine);
}
if (!pairs) process.exit(0);
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(
  '\n| pair | ours (bundled documentary) | Starlight 0.42.4 | ours ÷ Starlight per page, wall (CPU) | load at start |\n| --- | --- | --- | --- | --- |',
);
for (const line of rows) console.log(line);
console.log(`\nMedian ratio per page: ${median(ratios).toFixed(2)} wall time, ${median(cpuRatios).toFixed(2)} CPU time`);
console.log(
  '\n| pair | Astro alone: as many empty pages, no integration | our search index (from our log) | 0.5× Starlight per page, over our pages | left for everything else of ours (wall) |\n| --- | --- | --- | --- | --- |',
);
for (const line of floorRows) console.log(line);
rmSync(work, { recursive: true, force: true });
