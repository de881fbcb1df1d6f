// A published site must not point readers or search engines at a developer's machine. The browser tests
// build with SITE_URL (npm run build:e2e); tests/second-documentary.test.ts covers a build without it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

test('no built file names localhost', () => {
  // dist-subpath/ is there when the hosting tests' build ran (npm run build:subpath).
  for (const dir of ['dist', 'dist-subpath'].filter((d) => d === 'dist' || existsSync(d))) {
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|xml|json|txt|js)$/.test(f));
    expect(files.length, dir).toBeGreaterThan(100);
    for (const file of files)
      expect(readFileSync(join(dir, file), 'utf8'), join(dir, file)).not.toMatch(/\/\/(localhost|127\.0\.0\.1)[:/]/);
  }
});
