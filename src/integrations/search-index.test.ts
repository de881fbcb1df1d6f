import { beforeEach, describe, expect, it, vi } from 'vitest';

const pagefind = vi.hoisted(() => ({
  createIndex: vi.fn(),
  close: vi.fn(async () => {}),
}));
vi.mock('pagefind', () => pagefind);

const { writePagefindIndex, assertPagefind } = await import('./search-index');

const index = (over: Record<string, unknown> = {}) => ({
  addDirectory: vi.fn(async () => ({ errors: [], page_count: 3 })),
  writeFiles: vi.fn(async () => ({ errors: [], outputPath: '/site/pagefind' })),
  ...over,
});

describe('writePagefindIndex', () => {
  beforeEach(() => {
    pagefind.createIndex.mockReset();
    pagefind.close.mockClear();
  });

  it('indexes the site, writes the index beside it and closes Pagefind', async () => {
    const i = index();
    pagefind.createIndex.mockResolvedValue({ index: i, errors: [] });
    await expect(writePagefindIndex('/site')).resolves.toBe(3);
    expect(i.addDirectory).toHaveBeenCalledWith({ path: '/site' });
    expect(i.writeFiles).toHaveBeenCalledWith({ outputPath: '/site/pagefind' });
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it('fails with the step and Pagefind’s message, and still closes Pagefind', async () => {
    pagefind.createIndex.mockResolvedValue({
      index: index({ addDirectory: vi.fn(async () => ({ errors: ['bad html in a.html'], page_count: 0 })) }),
      errors: [],
    });
    await expect(writePagefindIndex('/site')).rejects.toThrow('search index: add the site: bad html in a.html');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  it('fails when Pagefind cannot start, and still closes it', async () => {
    pagefind.createIndex.mockResolvedValue({ index: undefined, errors: ['no binary'] });
    await expect(writePagefindIndex('/site')).rejects.toThrow('search index: start: no binary');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });
});

describe('assertPagefind', () => {
  it('passes a response without errors through', () => {
    const r = { errors: [], page_count: 1 };
    expect(assertPagefind('x', r)).toBe(r);
  });
});
