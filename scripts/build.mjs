#!/usr/bin/env node
// Builds the site into a fresh folder and puts it in place only when the build succeeded, so a failed
// build never leaves a half-written site where the last good one was.
// Usage: node scripts/build.mjs [--out dist]   (BASE_PATH, SITE_URL and CONTENT_DIR pass through)
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

const outFlag = process.argv.indexOf('--out');
const out = resolve(outFlag === -1 ? 'dist' : process.argv[outFlag + 1]);
const fresh = `${out}.building`;
const previous = `${out}.previous`;

rmSync(fresh, { recursive: true, force: true });
mkdirSync(dirname(out), { recursive: true });
const astro = spawnSync('npx', ['astro', 'build', '--outDir', fresh], { stdio: 'inherit' });
if (astro.status !== 0) {
  rmSync(fresh, { recursive: true, force: true });
  console.error(`\nBuild failed; ${existsSync(out) ? `the last good site in ${out} is untouched` : 'nothing was written'}.`);
  process.exit(astro.status ?? 1);
}
rmSync(previous, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, previous);
renameSync(fresh, out);
rmSync(previous, { recursive: true, force: true });
console.log(`Site ready in ${out}`);
