// npm run new -- <folder> starts a documentary that builds as it is, and never writes over a folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, projectRoot, type BuildResult } from './helpers/build';

const newDocumentary = (folder: string) => {
  const run = spawnSync(process.execPath, ['scripts/new-documentary.mjs', folder], { cwd: projectRoot, encoding: 'utf8' });
  return { code: run.status, output: run.stdout + run.stderr };
};

describe('npm run new -- <folder>', () => {
  const folder = join(mkdtempSync(join(tmpdir(), 'new-documentary-')), 'my-doc');
  let written: { code: number | null; output: string };
  let result: BuildResult;

  beforeAll(async () => {
    written = newDocumentary(folder);
    result = await build(folder, { env: { SITE_URL: '' } });
  }, 300_000);

  it('writes a site, its sources, a chapter, two events and a person', () => {
    expect(written.code, written.output).toBe(0);
    for (const file of [
      'site.yaml',
      'sources.yaml',
      'chapters/story.mdx',
      'events/first-event.mdx',
      'events/second-event.mdx',
      'profiles/example-person.mdx',
    ])
      expect(existsSync(join(folder, file)), file).toBe(true);
    expect(readFileSync(join(folder, 'events/first-event.mdx'), 'utf8')).toMatch(/^timeBasis:\n {2}source: example-source$/m);
  });

  it('says what to edit next and the exact commands to preview and build it', () => {
    expect(written.output).toContain(`${folder}/site.yaml`);
    expect(written.output).toContain(`CONTENT_DIR=${folder} npm run dev`);
    expect(written.output).toMatch(new RegExp(`CONTENT_DIR=${folder} npm start +build into dist-my-doc/`));
    expect(written.output).toContain(`CONTENT_DIR=${folder} npm run build -- --out dist-my-doc`);
  });

  it('builds as it is, without a warning, into a site with its pages and no empty glossary', () => {
    expect(result.code, result.output).toBe(0);
    expect(result.output.split('\n').filter((line) => /\bWARN|warning/i.test(line))).toEqual([]);
    for (const path of ['', 'chapters/story', 'events/first-event', 'events/second-event', 'people/example-person', 'timeline', 'sources'])
      expect(existsSync(join(result.outDir, 'zh-hant', path, 'index.html')), path).toBe(true);
    expect(existsSync(join(result.outDir, 'zh-hant/glossary'))).toBe(false);
    expect(readFileSync(join(result.outDir, 'zh-hant/index.html'), 'utf8')).toMatch(/data-testid="headline-hours">54</);
  });

  it('refuses to write over an existing folder, and leaves it as it was', () => {
    writeFileSync(join(folder, 'site.yaml'), 'title: mine\n');
    const again = newDocumentary(folder);
    expect(again.code).toBe(1);
    expect(again.output).toContain(`${folder} already exists; nothing was written`);
    expect(readFileSync(join(folder, 'site.yaml'), 'utf8')).toBe('title: mine\n');
  });
});
