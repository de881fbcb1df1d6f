#!/usr/bin/env node
// npm run new -- <folder>: writes a small documentary that builds, and says what to edit next.
// Refuses a folder that already has files in it, so nothing is overwritten.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { nextSteps, starterFiles } from './starter/files.ts';

const folder = process.argv[2]?.replace(/\/+$/, '');
if (!folder) {
  console.error('Usage: npm run new -- <folder>   (e.g. npm run new -- my-story)');
  process.exit(1);
}
if (existsSync(folder) && readdirSync(folder).length > 0) {
  console.error(`${folder}: already has files in it; choose a new folder (nothing was written)`);
  process.exit(1);
}
for (const [path, text] of Object.entries(starterFiles)) {
  mkdirSync(dirname(join(folder, path)), { recursive: true });
  writeFileSync(join(folder, path), text);
}
console.log(nextSteps(folder));
