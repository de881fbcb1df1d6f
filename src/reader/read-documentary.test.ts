import { cp, mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../domain/problem';
import { collections } from './collections';
import { readDocumentary } from './read-documentary';

describe('readDocumentary', () => {
  it('reads the bundled documentary and the second one without a problem', () => {
    for (const dir of ['content', 'tests/fixtures/apollo-13']) {
      const reading = readDocumentary(dir);
      expect(reading.problems.map(formatProblem)).toEqual([]);
      expect(reading.documentary?.chapters.length).toBeGreaterThan(0);
    }
  });
});

describe('a collection added to the list', () => {
  it('is read like the others: a folder of YAML entries, named as ids, checked by its schema, on its lines', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'reader-collection-')), 'content');
    await cp('tests/fixtures/apollo-13', dir, { recursive: true });
    await mkdir(join(dir, 'letters'));
    await writeFile(join(dir, 'letters/first.yaml'), 'date: "2024-01-02"\nwrong: 舊的說法\n');
    await writeFile(join(dir, 'letters/Second.yaml'), 'date: "2024-01-03"\n');
    const letters = {
      name: 'letters',
      kind: 'folder',
      folder: 'letters',
      extension: '.yaml',
      schema: z.object({ date: z.string(), wrong: z.string(), right: z.string() }),
    } as const;
    const parts = [...collections, letters];
    expect(readDocumentary(dir, parts).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/letters\/Second\.yaml: the file name is the id .*; rename it to second\.yaml$/),
    ]);
    await rename(join(dir, 'letters/Second.yaml'), join(dir, 'letters/second.yaml'));
    expect(readDocumentary(dir, parts).problems.map(formatProblem)).toEqual([
      expect.stringMatching(/letters\/first\.yaml right: is required$/),
      expect.stringMatching(/letters\/second\.yaml wrong: is required$/),
      expect.stringMatching(/letters\/second\.yaml right: is required$/),
    ]);
  });
});
