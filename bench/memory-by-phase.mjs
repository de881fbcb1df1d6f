// Where a build's memory goes: runs a command and samples the resident memory of every process in its tree
// (Astro, Pagefind's indexer, …) every 0.3 s, by the phase Astro's log says it is in; prints, per phase, the
// largest total and each process's largest. With V8_LOG=<file> each Astro process also appends its V8 heap
// (process.memoryUsage) every second, which tells the bundler's native memory from JavaScript objects.
// Usage: node bench/memory-by-phase.mjs <log file> -- <command …>
//   e.g. CONTENT_DIR=/tmp/synthetic-2000 node bench/memory-by-phase.mjs /tmp/mem.log -- node scripts/build.mjs --out /tmp/out
// (bench/synthetic.ts writes a synthetic documentary; `npm run bench -- --events N` builds one with timing.)
import { spawn } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const [log, separator, ...command] = process.argv.slice(2);
if (!log || separator !== '--' || !command.length) {
  console.error('Usage: node bench/memory-by-phase.mjs <log file> -- <command …>');
  process.exit(2);
}
writeFileSync(log, '');
const env = { ...process.env };
if (process.env.V8_LOG)
  env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --import ${fileURLToPath(new URL('./v8-heap-log.mjs', import.meta.url))}`.trim();
const child = spawn(command[0], command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], env });
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;

/** Per phase: when it began, the largest total, and each process's largest. */
const phases = new Map();
let phase = 'start';
let pages = 0;
/** The slowest page as Astro logs it ("├─ /x/index.html (+12ms)"), leaving out the first, which carries start-up. */
let slowest = { page: '', ms: 0 };
function onLine(line) {
  const page = line.match(/─ (\S+) \(\+([\d.]+)(ms|s)\)/);
  if (page) {
    const ms = Number(page[2]) * (page[3] === 's' ? 1000 : 1);
    if (pages++ > 0 && ms > slowest.ms) slowest = { page: page[1], ms };
    phase = 'rendering pages';
    return;
  }
  appendFileSync(log, `${seconds()}s ${line}\n`);
  const tag = line.match(/\[([\w:.-]+)\]\s*(.*)/);
  if (tag) phase = `${tag[1]} ${tag[2].slice(0, 40)}`;
}
for (const stream of [child.stdout, child.stderr]) {
  let buffered = '';
  stream.setEncoding('utf8');
  stream.on('data', (data) => {
    const lines = (buffered + data).split('\n');
    buffered = lines.pop();
    lines.forEach(onLine);
  });
}

/** The command's process tree from /proc: pid, name, resident bytes. */
function processTree() {
  const all = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      all.set(Number(pid), {
        ppid: Number(fields[1]),
        name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
        rss: Number(fields[21]) * 4096,
      });
    } catch {
      // the process ended while being read
    }
  }
  const tree = new Set([child.pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, p] of all) {
      if (tree.has(pid) || !tree.has(p.ppid)) continue;
      tree.add(pid);
      grew = true;
    }
  }
  return [...tree].filter((pid) => all.has(pid)).map((pid) => ({ pid, ...all.get(pid) }));
}
const sampler = setInterval(() => {
  const tree = processTree();
  const entry = phases.get(phase) ?? { since: seconds(), total: 0, each: new Map() };
  entry.total = Math.max(
    entry.total,
    tree.reduce((sum, p) => sum + p.rss, 0),
  );
  for (const p of tree) entry.each.set(`${p.name}#${p.pid}`, Math.max(entry.each.get(`${p.name}#${p.pid}`) ?? 0, p.rss));
  phases.set(phase, entry);
}, 300);

child.on('close', (code) => {
  clearInterval(sampler);
  let report = `exit ${code} after ${seconds()} s, ${pages} pages logged, slowest ${slowest.page} ${slowest.ms} ms\n`;
  for (const [name, { since, total, each }] of phases) {
    const large = [...each].filter(([, rss]) => rss > 50 * 2 ** 20).map(([p, rss]) => `${p} ${mb(rss)}`);
    report += `from ${since}s  ${name.padEnd(50)} total ${mb(total)}  ${large.join(', ')}\n`;
  }
  appendFileSync(log, report);
  console.log(report);
  process.exit(code ?? 1);
});
