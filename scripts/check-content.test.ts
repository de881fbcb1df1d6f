import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const check = (dir: string) => spawnSync(process.execPath, ['scripts/check-content.ts', dir], { encoding: 'utf8' });

describe('npm run check:content', () => {
  it('passes a good documentary', () => {
    const run = check('tests/fixtures/apollo-13');
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^tests\/fixtures\/apollo-13: \d+ entries, no problems/);
  });

  it('names a misspelled person id with file and line, one line per problem, and exits with 1', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'check-content-')), 'content');
    await cp('tests/fixtures/apollo-13', dir, { recursive: true });
    const launch = join(dir, 'events/launch.mdx');
    await writeFile(launch, (await readFile(launch, 'utf8')).replace('people: [jim-lovell]', 'people: [jim-lovel]'));
    const run = check(dir);
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n')).toEqual([
      `${launch}:9 people[0]: "jim-lovel" is not a profile id (did you mean "jim-lovell"?)`,
      expect.stringMatching(/^1 problem in .*content \(\d+ ms\)$/),
      '',
    ]);
  });
});
