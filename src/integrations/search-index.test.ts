import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const pagefind = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(async () => {}),
}));
vi.mock('pagefind', () => pagefind);

const { writePagefindIndex, assertPagefind, joinEntries } = await import('./search-index');

const entry = (language: string) => ({
  version: '1.6.0',
  languages: { [language]: { hash: language, page_count: 3 } },
  include_characters: ['*'],
});
/** An index as Pagefind's API gives it; writing it leaves an entry file naming the language of the pages it was given. */
const index = (over: Record<string, unknown> = {}) => {
  let language = '';
  return {
    addDirectory: vi.fn(async ({ glob }: { glob: string }) => {
      language = glob.includes('zh-hans/') ? 'zh-hans' : 'zh-hant';
      return { errors: [], page_count: 3 };
    }),
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
      mkdirSync(outputPath, { recursive: true });
      writeFileSync(join(outputPath, 'pagefind-entry.json'), JSON.stringify(entry(language)));
      return { errors: [], outputPath };
    }),
    ...over,
  };
};

describe('writePagefindIndex', () => {
  beforeEach(() => {
    pagefind.createIndex.mockReset();
    pagefind.close.mockClear();
  });

  it('indexes each script’s folder in a run of its own (the rest of the site with the first), writes both beside the site with one entry file, and closes Pagefind after each', async () => {
    const site = mkdtempSync(join(tmpdir(), 'site-'));
    mkdirSync(join(site, 'zh-hant'));
    mkdirSync(join(site, 'zh-hans'));
    mkdirSync(join(site, 'other'));
    const runs = [index(), index()];
    for (const i of runs) pagefind.createIndex.mockResolvedValueOnce({ index: i, errors: [] });
    await expect(writePagefindIndex(site)).resolves.toBe(6);
    expect(runs[0].addDirectory).toHaveBeenCalledWith({ path: site, glob: '{*.html,zh-hant/**/*.html,other/**/*.html}' });
    expect(runs[1].addDirectory).toHaveBeenCalledWith({ path: site, glob: 'zh-hans/**/*.html' });
    for (const i of runs) expect(i.writeFiles).toHaveBeenCalledWith({ outputPath: join(site, 'pagefind') });
    expect(pagefind.close).toHaveBeenCalledTimes(2);
    expect(JSON.parse(readFileSync(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'))).toEqual({
      version: '1.6.0',
      languages: { 'zh-hans': { hash: 'zh-hans', page_count: 3 }, 'zh-hant': { hash: 'zh-hant', page_count: 3 } },
      include_characters: ['*'],
    });
  });

  it('fails with the step and Pagefind’s message, and still closes Pagefind', async () => {
    pagefind.createIndex.mockResolvedValue({
      index: index({ addDirectory: vi.fn(async () => ({ errors: ['bad html in a.html'], page_count: 0 })) }),
      errors: [],
    });
    await expect(writePagefindIndex(mkdtempSync(join(tmpdir(), 'site-')))).rejects.toThrow(
      'search index: add the site: bad html in a.html',
    );
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it('fails when Pagefind cannot start, and still closes it', async () => {
    pagefind.createIndex.mockResolvedValue({ index: undefined, errors: ['no binary'] });
    await expect(writePagefindIndex(mkdtempSync(join(tmpdir(), 'site-')))).rejects.toThrow('search index: start: no binary');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });
});

describe('joinEntries', () => {
  it('keeps the entry as Pagefind writes it, with the languages of every run in order', () => {
    const joined = joinEntries([entry('zh-hant'), entry('zh-hans')]);
    expect(JSON.stringify(joined)).toBe(
      '{"version":"1.6.0","languages":{"zh-hans":{"hash":"zh-hans","page_count":3},"zh-hant":{"hash":"zh-hant","page_count":3}},"include_characters":["*"]}',
    );
  });

  it('refuses a language indexed by two runs, which would lose one of them', () => {
    expect(() => joinEntries([entry('zh-hant'), entry('zh-hant')])).toThrow('zh-hant');
  });
});

describe('assertPagefind', () => {
  it('passes a response without errors through', () => {
    const r = { errors: [], page_count: 1 };
    expect(assertPagefind('x', r)).toBe(r);
  });
});
