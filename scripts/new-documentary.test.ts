import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocumentary } from '../src/reader/read-documentary';

const run = (folder: string) => spawnSync(process.execPath, ['scripts/new-documentary.ts', folder], { encoding: 'utf8' });

describe('npm run new', () => {
  it('writes a small documentary the content reader passes, and says what to edit next', async () => {
    const folder = join(await mkdtemp(join(tmpdir(), 'new-documentary-')), 'my-story');
    const first = run(folder);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`Edit ${folder}/site.yaml`);
    expect(first.stdout).toContain(`npm run check:content -- ${folder}`);
    const { problems, documentary } = readDocumentary(folder);
    expect(problems).toEqual([]);
    expect(documentary?.chapters.map((c) => c.mentions.length)).toEqual([4]);

    const again = run(folder);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already has files in it');
  });
});
