#!/usr/bin/env node
// npm start: build, then serve what was built. With CONTENT_DIR set the site goes to dist-<folder name>
// (scripts/site-folder.mjs), so the main site in dist/ stays as it was. Arguments go to serve: npm start -- -l 8080
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { siteFolderFor } from './site-folder.mjs';

const out = siteFolderFor(process.env.CONTENT_DIR);
if (out !== 'dist') console.log(`Building ${process.env.CONTENT_DIR} into ${out}/ (the main site in dist/ is left as it is).`);

/** Runs a Node entry to its end, with this terminal. */
const run = (entry, args) =>
  new Promise((done) =>
    spawn(process.execPath, [fileURLToPath(new URL(entry, import.meta.url)), ...args], { stdio: 'inherit' }).on('close', done),
  );

const built = await run('./build.mjs', ['--out', out]);
if (built !== 0) process.exit(built ?? 1);
process.exitCode = (await run('../node_modules/serve/build/main.js', [out, '--no-clipboard', ...process.argv.slice(2)])) ?? 0;
