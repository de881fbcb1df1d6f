#!/usr/bin/env node
// npm run check:content [folder]: the content reader the build runs, from the command line, in about a
// second. Every problem on one line (`content/events/x.mdx:5 time: …`); exit code 1 when there is any.
// The folder defaults to CONTENT_DIR, else content/.
import './typescript-imports.mjs';

const { readDocumentary } = await import('../src/reader/read-documentary.ts');
const { formatProblem } = await import('../src/domain/problem.ts');

const dir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const started = performance.now();
const { problems, entries } = readDocumentary(dir);
const took = `${Math.round(performance.now() - started)} ms`;
if (problems.length) {
  process.stderr.write(`${problems.map(formatProblem).join('\n')}\n`);
  process.stderr.write(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir} (${took})\n`);
  process.exitCode = 1;
} else {
  console.log(`${dir}: ${entries.length} entries, no problems (${took})`);
}
