import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearSchemaError } from './clear-errors';

describe('clearSchemaError', () => {
  it("turns Astro's schema block into one line per field, with the file line", () => {
    const file = join(mkdtempSync(join(tmpdir(), 'clear-errors-')), 'launch.mdx');
    writeFileSync(file, '---\ntitle: 發射\nseq: first\n---\n');
    const astroError = Object.assign(
      new Error(
        '**events → launch** data does not match collection schema.\n\n  **seq**: **seq**: Expected number, received string\n  **summary**: **summary**: Required\n',
      ),
      { loc: { file } },
    );
    expect(clearSchemaError(astroError, undefined).message).toBe(
      `${file}:3 seq: Expected number, received string\n${file} summary: Required`,
    );
  });

  it('passes other errors through', () => {
    const error = new Error('something else');
    expect(clearSchemaError(error, 'x.mdx')).toBe(error);
  });
});
