import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasEntries } from './optional-folder';

describe('hasEntries', () => {
  it('is false for a missing folder or one without .mdx files, true once one is there', () => {
    const root = mkdtempSync(join(tmpdir(), 'optional-folder-'));
    const glossary = join(root, 'glossary');
    expect(hasEntries(glossary)).toBe(false);
    mkdirSync(glossary);
    writeFileSync(join(glossary, 'notes.txt'), '');
    expect(hasEntries(glossary)).toBe(false);
    writeFileSync(join(glossary, 'board.mdx'), '---\n---\n');
    expect(hasEntries(glossary)).toBe(true);
    expect(hasEntries(glossary, '.yaml')).toBe(false);
  });
});
