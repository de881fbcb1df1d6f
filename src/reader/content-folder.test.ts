import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../domain/problem';
import { checkContentFolder as problemsOf, suggestedSlug } from './content-folder';

const checkContentFolder = (dir: string) => problemsOf(dir).map(formatProblem);

function folder(files: Record<string, string>): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'content-folder-')), 'content');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('checkContentFolder', () => {
  it('accepts a clean folder', () => {
    expect(checkContentFolder(folder({ 'site.yaml': '', 'events/launch.mdx': '', 'events/.DS_Store': '' }))).toEqual([]);
  });

  it('refuses links that lead out of the folder, without reading them', () => {
    const dir = folder({ 'events/launch.mdx': '' });
    const secret = join(dir, '..', 'secret.txt');
    writeFileSync(secret, 'password=hunter2');
    symlinkSync(secret, join(dir, 'sources.yaml'));
    symlinkSync(join(dir, 'events/launch.mdx'), join(dir, 'events/inside.mdx'));
    const problems = checkContentFolder(dir);
    expect(problems).toEqual([
      `${dir}/sources.yaml: is a link to something outside the content folder; copy the file into the folder instead`,
    ]);
    expect(problems.join()).not.toContain('hunter2');
  });

  it('refuses entry names that are not clean slugs, with the name to use', () => {
    const problems = checkContentFolder(folder({ 'events/Launch.mdx': '', 'events/my event.mdx': '', 'profiles/洛威爾.mdx': '' }));
    expect(problems).toEqual([
      expect.stringMatching(/events\/Launch\.mdx: .* rename it to launch\.mdx$/),
      expect.stringMatching(/events\/my event\.mdx: .* rename it to my-event\.mdx$/),
      expect.stringMatching(/profiles\/洛威爾\.mdx: .* rename it to an-ascii-name\.mdx$/),
    ]);
  });

  it('refuses a .md file in an .mdx folder instead of skipping it', () => {
    expect(checkContentFolder(folder({ 'chapters/intro.md': '' }))).toEqual([
      expect.stringMatching(/chapters\/intro\.md: is not an \.mdx file.*intro\.mdx/),
    ]);
  });

  it('suggests slugs', () => {
    expect(suggestedSlug('Sam Altman.MDX')).toBe('sam-altman.mdx');
  });
});
