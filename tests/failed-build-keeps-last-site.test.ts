// A failed build never leaves a half-written site where the last good one was.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { copyOfContent, edit, inProjectCopy, projectRoot } from './helpers/build';

const inCopy = (root: string) => ({ cwd: root, encoding: 'utf8' as const });

// Three builds in a row: minutes on a busy two-core machine, hence the generous limits.
it(
  'keeps the last good site when a build fails, and replaces it when a build succeeds',
  () =>
    inProjectCopy(async (root) => {
      const content = await copyOfContent();
      const out = join(await mkdtemp(join(tmpdir(), 'doc-site-')), 'dist');
      const build = () =>
        spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
          ...inCopy(root),
          env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: `${out}-cache`, ASTRO_TELEMETRY_DISABLED: '1' },
        });
      const home = () => readFileSync(join(out, 'zh-hant/index.html'), 'utf8');

      expect(build().status).toBe(0);
      const good = home();
      expect(good).toContain('阿波羅 13 號');

      await edit(content, 'events/launch.mdx', (t) => t.replace('people: [jim-lovell]', 'people: [jim-lovel]'));
      const failed = build();
      expect(failed.status).not.toBe(0);
      expect(failed.stderr).toContain('the last good site');
      expect(home()).toBe(good);
      expect(existsSync(`${out}.building`)).toBe(false);

      await edit(content, 'events/launch.mdx', (t) => t.replace('people: [jim-lovel]', 'people: [jim-lovell]'));
      await edit(content, 'site.yaml', (t) => t.replace('title: 阿波羅 13 號', 'title: 阿波羅十三號'));
      expect(build().status).toBe(0);
      expect(home()).toContain('阿波羅十三號');
    }),
  600_000,
);

it(
  'says how to give the build more memory when it runs out',
  () =>
    inProjectCopy(async (root) => {
      const out = join(await mkdtemp(join(tmpdir(), 'doc-site-')), 'dist');
      const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
        ...inCopy(root),
        env: {
          ...process.env,
          CONTENT_DIR: join(projectRoot, 'content'),
          BUILD_HEAP_MB: '48',
          ASTRO_CACHE_DIR: `${out}-cache`,
          ASTRO_TELEMETRY_DISABLED: '1',
        },
      });
      expect(build.status).not.toBe(0);
      expect(build.stderr).toContain('The build ran out of memory. Give it more with BUILD_HEAP_MB');
      expect(existsSync(out)).toBe(false);
    }),
  300_000,
);

it('refuses to build into a folder another build is writing, in one line, before building', async () => {
  const out = join(await mkdtemp(join(tmpdir(), 'doc-site-')), 'dist');
  // This test's own process stands in for the other build holding the lock.
  writeFileSync(`${out}.lock`, String(process.pid));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--out', out], {
    cwd: projectRoot,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  expect(build.status).toBe(1);
  expect(build.stderr.trim()).toBe(
    `Build stopped: another build is running in ${out} (process ${process.pid}); wait for it to finish, or build elsewhere with --out`,
  );
  expect(existsSync(`${out}.building`)).toBe(false);
}, 30_000);
