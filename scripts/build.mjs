#!/usr/bin/env node
// Builds the site into a fresh folder and puts it in place only when the build succeeded, so a failed
// build never leaves a half-written site where the last good one was.
// Usage: npm run build -- --help
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildMemorySettings, countFiles } from './build-memory.mjs';
import { OutputFolderError, lockOutput, prepareOutput, swapIn } from './output-folder.mjs';
import { siteFolderFor } from './site-folder.mjs';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(`Usage: npm run build [-- --out <folder>]

Builds the documentary into <folder> (default dist/). The last good site stays in place until a build
succeeds.

  --out <folder>   where the site goes, e.g. --out dist-apollo-13; with CONTENT_DIR, use it to keep
                   the main site in dist/ (npm start does so by itself: dist-<content folder name>)

Settings, as environment variables:
  CONTENT_DIR      the content folder to build (default content/); npm run new -- <folder> starts one
  SITE_URL         the public address, for canonical links, hreflang and the sitemap
  BASE_PATH        the sub-path the site is served under, e.g. /retro/
  BUILD_HEAP_MB    memory for the build, if it runs out
  BUILD_VERBOSE=1  Astro's full error output, stack traces included`);
  process.exit(0);
}
const outFlag = process.argv.indexOf('--out');
const out = resolve(outFlag === -1 ? 'dist' : process.argv[outFlag + 1]);
if (outFlag === -1 && siteFolderFor(process.env.CONTENT_DIR) !== 'dist') {
  console.log(
    `Building ${process.env.CONTENT_DIR} into dist/, in place of the site there; to keep it, build with --out ${siteFolderFor(process.env.CONTENT_DIR)}.`,
  );
}
const fresh = `${out}.building`;
const contentFiles = countFiles(resolve(process.env.CONTENT_DIR ?? 'content'));

/** Runs a step on the output folder; its problem is said in one line. */
function outputStep(step) {
  try {
    return step();
  } catch (error) {
    if (!(error instanceof OutputFolderError)) throw error;
    console.error(`Build stopped: ${error.message}`);
    process.exit(1);
  }
}
const release = outputStep(() => lockOutput(out));
process.on('exit', release);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
outputStep(() => prepareOutput(out));
// Astro's own entry on this Node, not through npx: npx costs a second or more per build on a busy machine.
const astroEntry = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const astro = spawn(process.execPath, [astroEntry, 'build', '--outDir', fresh], {
  stdio: ['inherit', 'inherit', 'pipe'],
  env: { ...process.env, ...buildMemorySettings(process.env, contentFiles) },
});
// Passed through as Astro writes it (content problems are one line each, from the content reader); the
// tail is kept to tell an out-of-memory crash from a content error.
let stderrTail = '';
astro.stderr.setEncoding('utf8');
astro.stderr.on('data', (chunk) => {
  stderrTail = (stderrTail + chunk).slice(-4000);
  process.stderr.write(chunk);
});
const status = await new Promise((done) => astro.on('close', (code) => done(code)));

if (status !== 0) {
  rmSync(fresh, { recursive: true, force: true });
  if (/heap out of memory|Allocation failed/i.test(stderrTail)) {
    console.error('\nThe build ran out of memory. Give it more with BUILD_HEAP_MB, e.g. BUILD_HEAP_MB=4096 npm run build.');
  }
  console.error(`\nBuild failed; ${existsSync(out) ? `the last good site in ${out} is untouched` : 'nothing was written'}.`);
  process.exit(status ?? 1);
}
outputStep(() => swapIn(fresh, out));
console.log(`Site ready in ${out}`);
