// What deriving the Simplified edition costs: convertHtml over every built zh-Hant page, as the
// middleware does for each zh-Hans page. Run after a build: npx node --experimental-strip-types bench/conversion-cost.ts
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { convertHtml } from '../src/i18n/convert-html.ts';
import { createToSimplified } from '../src/i18n/convert.ts';
import { contentWordRules } from '../scripts/content-word-rules.ts';

const dist = process.argv[2] ?? 'dist';
const pages: string[] = [];
(function walk(dir: string) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name === 'index.html') pages.push(readFileSync(path, 'utf8'));
  }
})(join(dist, 'zh-hant'));

const started = performance.now();
// The edition's whole converter: characters, the word table, people's names, interface words, quotes.
const convert = createToSimplified(contentWordRules(process.env.CONTENT_DIR ?? 'content').rules);
const setupMs = performance.now() - started;
const runs: number[] = [];
for (let run = 0; run < 5; run++) {
  const t = performance.now();
  for (const html of pages) convertHtml(html, convert);
  runs.push(performance.now() - t);
}
runs.sort((a, b) => a - b);
const median = runs[2];
const bytes = pages.reduce((n, p) => n + p.length, 0);
console.log(`pages: ${pages.length}, characters: ${bytes}`);
console.log(`converter setup: ${setupMs.toFixed(1)} ms`);
console.log(`conversion, median of 5: ${median.toFixed(1)} ms in total, ${(median / pages.length).toFixed(2)} ms per page`);
