// Each MDX body is parsed once per build: by the reader, whose tree feeds the content rules, the mentions,
// their sections and lines; the loader reads the folder once for every collection; nothing else parses.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parseMdx } from '../markdown/parse-mdx';
import { readDocumentary } from './read-documentary';

vi.mock('../markdown/parse-mdx', async (original) => {
  const actual = await original<typeof import('../markdown/parse-mdx')>();
  return { parseMdx: vi.fn(actual.parseMdx) };
});
vi.mock('./read-documentary', async (original) => {
  const actual = await original<typeof import('./read-documentary')>();
  return { ...actual, readDocumentary: vi.fn(actual.readDocumentary) };
});

const mdxFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));

describe('one MDX parse per body', () => {
  it('parses each body of the bundled documentary once', () => {
    vi.mocked(parseMdx).mockClear();
    const { problems } = readDocumentary('content');
    expect(problems).toEqual([]);
    expect(vi.mocked(parseMdx)).toHaveBeenCalledTimes(mdxFiles('content').length);
  });

  it('reads the folder once for all the collections the loader fills', async () => {
    vi.mocked(readDocumentary).mockClear();
    vi.mocked(parseMdx).mockClear();
    const { documentaryLoader } = await import('../loaders/documentary-loader');
    const { collections } = await import('./collections');
    for (const name of [...collections.map((c) => c.name), 'documentary' as const]) {
      const context = {
        config: { root: pathToFileURL(`${process.cwd()}/`) },
        store: { clear: () => {}, set: () => true },
        parseData: async ({ data }: { data: unknown }) => data,
        generateDigest: () => '',
        logger: { info: () => {}, error: () => {} },
      };
      await documentaryLoader(name).load(context as never);
    }
    expect(vi.mocked(readDocumentary)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(parseMdx)).toHaveBeenCalledTimes(mdxFiles('content').length);
  });

  it('leaves parsing to the reader: no other module of the site calls the MDX parser', () => {
    const callers = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('.test.ts') && !f.endsWith('.fixture.ts'))
      .filter((f) => /\b(parseMdx|findMentions)\(/.test(readFileSync(join('src', f), 'utf8')));
    expect(callers.sort()).toEqual(['markdown/mentions.ts', 'markdown/parse-mdx.ts', 'reader/mdx-body.ts']);
  });
});
