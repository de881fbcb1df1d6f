import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run build -- --help', () => {
  it('says where the site goes and how to keep the main site when building another content folder', () => {
    const run = spawnSync(process.execPath, ['scripts/build.mjs', '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--out <folder>');
    expect(run.stdout).toContain('CONTENT_DIR');
    expect(run.stdout).toMatch(/npm start .*dist-<content folder name>/);
  });
});
