// How much memory the build may hold. Without limits, a 2,000-event documentary peaked at 1.4 GB
// although it never needs more than about 250 MB of live JavaScript objects. Two things piled up:
// - V8 let garbage from rendering thousands of pages grow toward its default limit (several GB on
//   a large machine) before collecting it. A limit sized to the content makes it collect sooner.
// - The bundler (Rolldown, native code on mimalloc) kept the memory it freed after bundling. Purging
//   freed pages at once, and committing arenas only as used, hands it back before pages render.

import { existsSync, readdirSync } from 'node:fs';

/** Files under `dir`; 0 when it does not exist (the build then says which file it could not find). */
export function countFiles(dir) {
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).length : 0;
}

/** The V8 heap limit: 768 MB, or 0.3 MB per content file for documentaries larger than about 2,500 files. */
export function heapLimitMb(contentFiles) {
  return Math.max(768, Math.ceil(contentFiles * 0.3));
}

/**
 * Environment additions for the `astro build` child. Anything the user set wins: BUILD_HEAP_MB or a
 * --max-old-space-size in NODE_OPTIONS replaces the computed limit, and MIMALLOC_* values are kept.
 * @param {NodeJS.ProcessEnv} env
 * @param {number} contentFiles
 * @returns {Record<string, string>}
 */
export function buildMemorySettings(env, contentFiles) {
  const nodeOptions = env.NODE_OPTIONS ?? '';
  const heap = env.BUILD_HEAP_MB ?? String(heapLimitMb(contentFiles));
  return {
    MIMALLOC_PURGE_DELAY: env.MIMALLOC_PURGE_DELAY ?? '0',
    MIMALLOC_ARENA_EAGER_COMMIT: env.MIMALLOC_ARENA_EAGER_COMMIT ?? '0',
    NODE_OPTIONS: /--max-old-space-size/.test(nodeOptions) ? nodeOptions : `${nodeOptions} --max-old-space-size=${heap}`.trim(),
  };
}
