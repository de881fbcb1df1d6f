#!/usr/bin/env node
// npm run new -- <folder>: writes a small documentary (templates/new-documentary/) that builds as it is,
// then says what to edit next and how to check, preview and build it. Never writes over anything.
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';

const template = resolve(import.meta.dirname, '../templates/new-documentary');
const project = resolve(import.meta.dirname, '..');
const [folder] = process.argv.slice(2);

if (!folder || folder.startsWith('-')) {
  console.error('Usage: npm run new -- <folder>   (e.g. npm run new -- my-documentary)');
  process.exit(1);
}
const target = resolve(folder);
if (existsSync(target)) {
  console.error(`${folder} already exists; nothing was written. Name a folder that does not exist yet.`);
  process.exit(1);
}
cpSync(template, target, { recursive: true, errorOnExist: true, force: false });

// As the commands below are run: from the project folder, with the content folder relative to it.
const shown = relative(project, target).startsWith('..') ? target : relative(project, target) || '.';
const env = `CONTENT_DIR=${shown}`;
const scripts = JSON.parse(readFileSync(resolve(project, 'package.json'), 'utf8')).scripts ?? {};
const out = `dist-${basename(target)}`;
const commands = [
  ...(scripts['check:content'] ? [[`${env} npm run check:content`, 'every problem, one line each']] : []),
  [`${env} npm run dev`, 'preview while you write'],
  [`${env} npm start`, `build into ${out}/ and serve it`],
  [`${env} npm run build -- --out ${out}`, 'build for publishing (see npm run build -- --help)'],
];
const width = Math.max(...commands.map(([command]) => command.length));
console.log(`Wrote a new documentary in ${shown}/: one chapter, two events, one person, one source.

Edit next (docs/authoring.md says what every field means):
  ${shown}/site.yaml            title, description, the two time zones, the headline's two events
  ${shown}/sources.yaml         the works the documentary rests on (every fact cites one)
  ${shown}/events/*.mdx         one file per dated event: time with its UTC offset, how the time is known
  ${shown}/profiles/*.mdx       one file per person
  ${shown}/chapters/*.mdx       the chapters' text
  Add ${shown}/glossary/<id>.mdx for terms: the site gets a glossary only when there is one.

Check, preview and build it (from ${relative(process.cwd(), project) || 'this folder'}):
${commands.map(([command, what]) => `  ${command.padEnd(width)}   ${what}`).join('\n')}`);
