// npm run bench: build cost at several sizes, and what a reader's browser downloads and waits for.
// Prints one table. Medians of several runs where the machine's noise matters.
// `npm run bench -- --pages` builds the bundled documentary once and measures only in the browser (first
// views, search, Lighthouse): a few minutes instead of many. BENCH_PORT moves its server (default 4500).
// `npm run bench -- --events 20000` (repeatable, or 2000,5000) builds only synthetic documentaries of those
// sizes (events per script) and reports each one's per-page time, peak memory and slowest page.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { get as httpGet } from 'node:http';
import { chromium, type Request } from '@playwright/test';
import { findChromium } from '../e2e/support/find-chromium.ts';
import { writeSyntheticDocumentary } from './synthetic.ts';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'bench-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rows: [string, string][] = [];
const pagesOnly = process.argv.includes('--pages');
const port = Number(process.env.BENCH_PORT ?? 4500);
const row = (what: string, value: string) => {
  rows.push([what, value]);
  console.error(`  ${what}: ${value}`);
};

/** Sizes asked for with --events (repeatable, or comma-separated); empty for the full bench. */
const eventSizes = process.argv
  .flatMap((arg, i, all) =>
    arg === '--events' ? (all[i + 1] ?? '').split(',') : arg.startsWith('--events=') ? arg.slice(9).split(',') : [],
  )
  .map((n) => Number(n.replaceAll('_', '')))
  .filter((n) => Number.isInteger(n) && n > 0);

function build(
  contentDir: string,
  outDir: string,
): { seconds: number; cpuSeconds?: number; peakMb?: number; slowest?: { page: string; ms: number } } {
  const env = {
    ...process.env,
    CONTENT_DIR: contentDir,
    ASTRO_CACHE_DIR: mkdtempSync(join(work, 'cache-')),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const timed = existsSync('/usr/bin/time');
  // The project's own build command, with the memory settings it gives Astro.
  const buildCommand = ['node', 'scripts/build.mjs', '--out', outDir];
  // Peak memory is the largest single process's (Astro's, or Pagefind's indexer beside it); CPU time is the
  // build's and its children's, which a shared machine distorts less than wall time.
  const command = timed ? ['/usr/bin/time', '-f', 'PEAK_KB=%M CPU_SECONDS=%U %S', ...buildCommand] : buildCommand;
  const started = performance.now();
  const result = spawnSync(command[0], command.slice(1), { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build of ${contentDir} failed:\n${result.stderr.slice(-2000)}`);
  const peak = result.stderr.match(/PEAK_KB=(\d+)/)?.[1];
  const cpu = result.stderr.match(/CPU_SECONDS=([\d.]+) ([\d.]+)/);
  // Astro logs each page it writes with the time it took: "├─ /zh-hant/people/x/index.html (+12ms)".
  // The first page written also carries the renderer's start-up, so it is left out.
  let slowest: { page: string; ms: number } | undefined;
  for (const [, page, amount, unit] of [...result.stdout.matchAll(/─ (\S+) \(\+([\d.]+)(ms|s)\)/g)].slice(1)) {
    const ms = Number(amount) * (unit === 's' ? 1000 : 1);
    if (!slowest || ms > slowest.ms) slowest = { page, ms };
  }
  return {
    seconds,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : undefined,
    peakMb: peak ? Number(peak) / 1024 : undefined,
    slowest,
  };
}

/** Builds a synthetic documentary of `events` events per script and reports its cost; the per-page time. */
function buildSynthetic(events: number): number {
  console.error(`building a synthetic documentary with ${events} events …`);
  const content = join(work, `synthetic-${events}`);
  writeSyntheticDocumentary(content, events, 42);
  const out = join(work, `synthetic-${events}-dist`);
  const result = build(content, out);
  const pages = pagesIn(out);
  const perPage = (result.seconds * 1000) / pages;
  row(
    `build, synthetic ${events} events/script`,
    `${result.seconds.toFixed(1)} s for ${pages} pages = ${perPage.toFixed(2)} ms/page` +
      (result.cpuSeconds ? ` (CPU ${result.cpuSeconds.toFixed(1)} s = ${((result.cpuSeconds * 1000) / pages).toFixed(2)} ms/page)` : '') +
      (result.peakMb ? `, peak ${result.peakMb.toFixed(0)} MB` : '') +
      (result.slowest ? `, slowest page ${result.slowest.page} ${result.slowest.ms.toFixed(0)} ms` : ''),
  );
  return perPage;
}

if (eventSizes.length) {
  for (const events of eventSizes) buildSynthetic(events);
  console.log('\n| measure | result |\n| --- | --- |');
  for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
  process.exit(0);
}

function pagesIn(dir: string): number {
  return readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.html')).length;
}

// 1. Build: the bundled documentary, three times.
console.error(`building the bundled documentary ×${pagesOnly ? 1 : 3} …`);
const bundled = join(work, 'bundled');
const runs = (pagesOnly ? [0] : [0, 1, 2]).map(() => build(join(root, 'content'), bundled));
const bundledPages = pagesIn(bundled);
row(
  `build, bundled documentary (median of ${runs.length})`,
  `${median(runs.map((r) => r.seconds)).toFixed(2)} s for ${bundledPages} pages (${((median(runs.map((r) => r.seconds)) * 1000) / bundledPages).toFixed(1)} ms/page)`,
);
if (runs[0].peakMb) row('peak memory, bundled build', `${Math.max(...runs.map((r) => r.peakMb!)).toFixed(0)} MB`);

if (!pagesOnly) {
  // 2. Build: synthetic documentaries at three sizes.
  const perPage: Record<number, number> = {};
  for (const events of [2000, 5000, 20000]) perPage[events] = buildSynthetic(events);
  row('per-page time at 20,000 ÷ at 2,000', (perPage[20000] / perPage[2000]).toFixed(2));

  // A story of ten years must cost what a story of days does: the axis steps in years, not in minutes.
  for (const [label, stepHours] of [
    ['100 hours', 1],
    ['ten years', (10 * 365.25 * 24) / 100],
  ] as const) {
    console.error(`building a synthetic documentary of 100 events over ${label} …`);
    const content = join(work, `synthetic-span-${stepHours}`);
    writeSyntheticDocumentary(content, 100, 7, stepHours);
    const out = join(work, `synthetic-span-${stepHours}-dist`);
    const result = build(content, out);
    const timeline = gzipSync(readFileSync(join(out, 'zh-hant/timeline/index.html'))).length;
    row(
      `build, 100 events over ${label}`,
      `${result.seconds.toFixed(1)} s${result.peakMb ? `, peak ${result.peakMb.toFixed(0)} MB` : ''}, timeline page ${kb(timeline)} gzip`,
    );
  }

  // 3. Index size per script.
  for (const script of ['zh-hant', 'zh-hans']) {
    let bytes = 0;
    for (const f of readdirSync(join(bundled, 'pagefind'), { recursive: true })) {
      const path = join(bundled, 'pagefind', String(f));
      if (String(f).includes(`${script}_`) && statSync(path).isFile()) bytes += statSync(path).size;
    }
    row(`search index, ${script}`, kb(bytes));
  }
}

// 4. In the browser: what each page costs on first view, and what search costs.
// Its own process group, so that stopping it stops `serve` itself and not only npx.
const server = spawn('npx', ['serve', bundled, '-l', `tcp://127.0.0.1:${port}`, '--no-clipboard', '--no-request-logging'], {
  cwd: root,
  stdio: 'ignore',
  detached: true,
});
// Ready when it answers (on a busy machine `npx serve` takes a while to start).
let served = '';
for (let tries = 0; !served; tries++) {
  served = await fetch(`http://127.0.0.1:${port}/pagefind/pagefind-entry.json`).then(
    (r) => r.text(),
    () => '',
  );
  if (!served && tries > 300) {
    process.kill(-server.pid!);
    throw new Error(`nothing answers on port ${port}`);
  }
  if (!served) await new Promise((done) => setTimeout(done, 200));
}
if (served !== readFileSync(join(bundled, 'pagefind', 'pagefind-entry.json'), 'utf8')) {
  process.kill(-server.pid!);
  throw new Error(`port ${port} serves another site: stop whatever listens there, or set BENCH_PORT, and run again`);
}
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const origin = `http://127.0.0.1:${port}`;

/**
 * Bytes a response took on the wire. Chromium reports no body size for a worker's own script, so such a
 * response is fetched again, compressed as the browser asked for it, and counted.
 */
async function transferredBytes(request: Request): Promise<number> {
  const sizes = await request.sizes();
  if (sizes.responseBodySize > 0 || (await request.response())?.status() !== 200) return sizes.responseBodySize + sizes.responseHeadersSize;
  const body = await new Promise<number>((done, fail) =>
    httpGet(request.url(), { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      let n = 0;
      response.on('data', (chunk: Buffer) => (n += chunk.length));
      response.on('end', () => done(n));
    }).on('error', fail),
  );
  return body + sizes.responseHeadersSize;
}

/** A page's generated pictures in its HTML: the <figure> elements that hold a chart's SVG. */
const pictures = /<figure\b(?:(?!<\/figure>)[\s\S])*?<svg[\s\S]*?<\/figure>/g;

async function firstView(path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const responses: { type: string; bytes: number; chartStyles: boolean }[] = [];
  let html = '';
  page.on('requestfinished', async (request) => {
    const type = request.resourceType();
    const body = type === 'document' || type === 'stylesheet' ? ((await (await request.response())?.text()) ?? '') : '';
    if (type === 'document') html = body;
    responses.push({ type, bytes: await transferredBytes(request), chartStyles: body.startsWith('@layer charts') });
  });
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  const text = await page.evaluate(() => document.body.innerText);
  await context.close();
  const total = responses.reduce((n, r) => n + r.bytes, 0);
  const js = responses.filter((r) => r.type === 'script').reduce((n, r) => n + r.bytes, 0);
  // What the pictures cost: their share of the compressed HTML, and the chart styles only they need.
  const pictureBytes =
    gzipSync(html).length -
    gzipSync(html.replace(pictures, '')).length +
    responses.filter((r) => r.chartStyles).reduce((n, r) => n + r.bytes, 0);
  return { total, requests: responses.length, js, floor: gzipSync(text).length, pictures: pictureBytes };
}

for (const [kind, path] of [
  ['home', '/zh-hant/'],
  ['chapter', '/zh-hant/chapters/process/'],
  ['chapter (causes)', '/zh-hant/chapters/causes/'],
  ['chapter (impact)', '/zh-hant/chapters/impact/'],
  ['event', '/zh-hant/events/altman-fired/'],
  ['profile', '/zh-hant/people/sam-altman/'],
  ['timeline', '/zh-hant/timeline/'],
  ['search page', '/zh-hant/search/'],
]) {
  const views = [];
  for (let i = 0; i < 3; i++) views.push(await firstView(path));
  const total = median(views.map((v) => v.total));
  const floor = views[0].floor;
  const pictures = views[0].pictures;
  row(
    `first view, ${kind}`,
    `${kb(total)} in ${views[0].requests} requests; JS ${kb(median(views.map((v) => v.js)))}; text floor ${kb(floor)} (×${(total / floor).toFixed(1)})` +
      (pictures > 0 ? `; pictures ${kb(pictures)}, without them ${kb(total - pictures)}` : ''),
  );
}

const FIRST_QUERIES = ['阿爾特曼', '董事會', 'Altman', '微软', '超級對齊', '743', '蘇茨克維', 'Nadella', '公開信', '穆拉蒂'];

/** What opening search and a first query downloads, by part, in a fresh browser (nothing cached). */
async function firstSearch(query: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + '/zh-hant/chapters/process/', { waitUntil: 'networkidle' });
  const parts = { runtime: 0, index: 0, excerpts: 0, ours: 0 };
  page.on('requestfinished', async (request) => {
    const bytes = await transferredBytes(request);
    const path = new URL(request.url()).pathname;
    if (path.endsWith('.pf_index')) parts.index += bytes;
    else if (path.endsWith('.pf_fragment')) parts.excerpts += bytes;
    else if (/\/pagefind\/(pagefind|wasm)/.test(path)) parts.runtime += bytes;
    else parts.ours += bytes;
  });
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill(query);
  await page.getByRole('dialog').locator('a.search-hit').first().waitFor();
  await page.waitForLoadState('networkidle');
  await context.close();
  return { ...parts, total: parts.runtime + parts.index + parts.excerpts + parts.ours };
}

{
  const searches: Awaited<ReturnType<typeof firstSearch>>[] = [];
  for (const query of FIRST_QUERIES) searches.push(await firstSearch(query));
  const m = (part: keyof (typeof searches)[0]) => kb(median(searches.map((s) => s[part])));
  row(
    `opening search and a first query (median of ${FIRST_QUERIES.length} queries)`,
    `${m('total')}: Pagefind's code and WebAssembly ${m('runtime')}, index chunks ${m('index')}, excerpts ${m('excerpts')}, this site's search code, names and script map ${m('ours')}; largest ${kb(Math.max(...searches.map((s) => s.total)))}`,
  );
}

{
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + '/zh-hant/chapters/process/', { waitUntil: 'networkidle' });
  await page.keyboard.press('Control+k');
  await page.getByRole('dialog').getByRole('searchbox').fill('阿爾特曼');
  await page.getByRole('dialog').locator('a.search-hit').first().waitFor();
  const queries = [
    '董事會',
    'Altman',
    '微软',
    '超級對齊',
    '743',
    '蘇茨克維',
    'Nadella',
    'GPT',
    '公開信',
    '106',
    '穆拉蒂',
    '微軟',
    'Q*',
    '談判',
    '阿尔特曼',
  ];
  const timings: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const q of queries) {
      timings.push(
        await page.evaluate(
          (query) =>
            new Promise<number>((done) => {
              const input = document.querySelector<HTMLInputElement>('dialog input[type="search"]')!;
              const results = document.querySelector('dialog .search-results')!;
              const started = performance.now();
              const observer = new MutationObserver(() => {
                observer.disconnect();
                requestAnimationFrame(() => done(performance.now() - started));
              });
              observer.observe(results, { childList: true });
              input.value = query;
              input.dispatchEvent(new Event('input'));
            }),
          q,
        ),
      );
    }
  }
  row('keystroke to rendered results, warm index (median of 30)', `${median(timings).toFixed(0)} ms`);
  await context.close();
}

await browser.close();

// Lighthouse (mobile), when installed: it is large, so it is not a dependency of the project.
const lighthouse = process.env.LIGHTHOUSE ?? 'lighthouse';
if (spawnSync(lighthouse, ['--version'], { encoding: 'utf8' }).status === 0) {
  for (const [kind, path] of [
    ['home', '/zh-hant/'],
    ['chapter', '/zh-hant/chapters/process/'],
    ['timeline', '/zh-hant/timeline/'],
    ['search page', '/zh-hant/search/'],
  ]) {
    const out = join(work, 'lighthouse.json');
    spawnSync(
      lighthouse,
      [
        origin + path,
        '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
        '--only-categories=performance,accessibility,best-practices,seo',
        '--output=json',
        `--output-path=${out}`,
      ],
      {
        env: { ...process.env, CHROME_PATH: findChromium() },
      },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    row(
      `Lighthouse (mobile), ${kind}`,
      Object.values(report.categories as Record<string, { score: number }>)
        .map((c) => Math.round(c.score * 100))
        .join(' / '),
    );
  }
} else {
  row('Lighthouse', 'skipped: install lighthouse@12.2.3 (or set LIGHTHOUSE to its path) to include it');
}
process.kill(-server.pid!);

console.log('\n| measure | result |\n| --- | --- |');
for (const [what, value] of rows) console.log(`| ${what} | ${value} |`);
