// Loaded with --import by bench/memory-by-phase.mjs when V8_LOG is set: each Astro process appends its
// resident memory and V8 heap every second to V8_LOG.<pid>. A phase that blocks the event loop (a long
// synchronous step) shows as a gap.
import { appendFileSync } from 'node:fs';

if (process.env.V8_LOG && process.argv.some((arg) => arg.endsWith('astro.mjs'))) {
  const file = `${process.env.V8_LOG}.${process.pid}`;
  const started = Date.now();
  const mb = (bytes) => Math.round(bytes / 2 ** 20);
  setInterval(() => {
    const m = process.memoryUsage();
    const at = ((Date.now() - started) / 1000).toFixed(1);
    appendFileSync(
      file,
      `${at}s rss ${mb(m.rss)} MB, heap ${mb(m.heapTotal)} MB (used ${mb(m.heapUsed)}), external ${mb(m.external)} MB\n`,
    );
  }, 1000).unref();
}
