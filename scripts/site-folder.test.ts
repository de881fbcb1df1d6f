import { describe, expect, it } from 'vitest';
import { siteFolderFor } from './site-folder.mjs';

describe('siteFolderFor', () => {
  it('builds the bundled documentary into dist', () => {
    expect(siteFolderFor(undefined, '/p')).toBe('dist');
    expect(siteFolderFor('content', '/p')).toBe('dist');
    expect(siteFolderFor('/p/content/', '/p')).toBe('dist');
  });

  it('builds another content folder beside it, named after the folder, never into dist', () => {
    expect(siteFolderFor('tests/fixtures/apollo-13', '/p')).toBe('dist-apollo-13');
    expect(siteFolderFor('/home/me/my doc/', '/p')).toBe('dist-my-doc');
  });
});
