import { describe, expect, it } from 'vitest';
import { jsonFrom, pagefindModuleUrl } from './search-client';
import { withHighlight, highlightWords } from './highlight-param';

describe('jsonFrom', () => {
  it('reads a search file', async () => {
    await expect(jsonFrom(new Response('{"a":["b"]}'))).resolves.toEqual({ a: ['b'] });
  });
  it('rejects a missing file and a page served in its place, so search can say it cannot load', async () => {
    await expect(jsonFrom(new Response('not found', { status: 404 }))).rejects.toThrow(/answered 404/);
    await expect(jsonFrom(new Response('<!doctype html><title>home</title>', { status: 200 }))).rejects.toThrow(/not JSON/);
  });
});

describe('pagefindModuleUrl', () => {
  it('asks for a new URL after each failed load, since the browser keeps a failed import for the page', () => {
    expect(pagefindModuleUrl('/retro/', 0)).toBe('/retro/pagefind/pagefind.js');
    const retries = [1, 2].map((n) => pagefindModuleUrl('/retro/', n));
    expect(retries).toEqual(['/retro/pagefind/pagefind.js?retry=1', '/retro/pagefind/pagefind.js?retry=2']);
  });
});

describe('withHighlight', () => {
  it('puts the words before the anchor and reads them back', () => {
    const url = withHighlight('/zh-hant/chapters/causes/#p-8', ['木雕', '木雕', ' ']);
    expect(url).toBe(`/zh-hant/chapters/causes/?highlight=${encodeURIComponent('木雕')}#p-8`);
    expect(highlightWords(new URL(url, 'https://x.test').search)).toEqual(['木雕']);
  });
});
