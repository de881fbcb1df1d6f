import { describe, expect, it } from 'vitest';
import { buildMemorySettings, countFiles, heapLimitMb } from './build-memory.mjs';

describe('build memory settings', () => {
  it('limits the heap to 768 MB, and more for documentaries with thousands of files', () => {
    expect(heapLimitMb(180)).toBe(768);
    expect(heapLimitMb(2_146)).toBe(768);
    expect(heapLimitMb(10_000)).toBe(3_000);
  });

  it('hands the bundler’s freed memory back and keeps the heap limit in NODE_OPTIONS', () => {
    expect(buildMemorySettings({ NODE_OPTIONS: '--enable-source-maps' }, 100)).toEqual({
      MIMALLOC_PURGE_DELAY: '0',
      MIMALLOC_ARENA_EAGER_COMMIT: '0',
      NODE_OPTIONS: '--enable-source-maps --max-old-space-size=768',
    });
  });

  it('lets the user’s own limits win', () => {
    expect(buildMemorySettings({ BUILD_HEAP_MB: '4096' }, 100).NODE_OPTIONS).toBe('--max-old-space-size=4096');
    expect(buildMemorySettings({ NODE_OPTIONS: '--max-old-space-size=2048' }, 100).NODE_OPTIONS).toBe('--max-old-space-size=2048');
    expect(buildMemorySettings({ MIMALLOC_PURGE_DELAY: '10' }, 100).MIMALLOC_PURGE_DELAY).toBe('10');
  });
});

describe('countFiles', () => {
  it('counts a content folder, and a missing one as empty so the build can name what is missing', () => {
    expect(countFiles('tests/fixtures/apollo-13')).toBeGreaterThan(5);
    expect(countFiles('no/such/folder')).toBe(0);
  });
});
