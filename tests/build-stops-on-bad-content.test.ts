// The build's wiring for bad content, one case per way in: frontmatter checked by the loader, an MDX body,
// a YAML file. Each must stop the build with the reader's one line, no stack trace, and no site written.
// (What the reader finds is tested case by case in tests/bad-content.test.ts, without building; the output
// folder's own guard and the last good site are in tests/failed-build-keeps-last-site.test.ts.)
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, copyOfContent, edit } from './helpers/build';

const cases = [
  {
    way: 'frontmatter, through the loader',
    breakIt: (d: string) =>
      edit(d, 'events/explosion.mdx', (t) => t.replace('people: [jim-lovell, gene-kranz]', 'people: [jim-lovell, gene]')),
    line: /^\S+\/events\/explosion\.mdx:9 people\[1\]: "gene" is not a profile id \(did you mean "gene-kranz"\?\)$/m,
  },
  {
    way: 'an MDX body',
    breakIt: (d: string) => edit(d, 'events/splashdown.mdx', (t) => `${t.trimEnd()}\n\n<script>alert(1)</script>\n`),
    line: /^\S+\/events\/splashdown\.mdx:18 <script>: is not HTML content may use/m,
  },
  {
    way: 'a YAML file',
    breakIt: (d: string) => edit(d, 'sources.yaml', (t) => t.replace('- id: nasa-report', '- id: [nasa-report')),
    line: /^\S+\/sources\.yaml:1: the file is not valid YAML/m,
  },
];

describe.concurrent('the build stops on bad content with one line per problem', () => {
  it.each(cases)(
    'found in $way',
    async ({ breakIt, line }) => {
      const dir = await copyOfContent();
      await breakIt(dir);
      const result = await build(dir);
      expect(result.code, result.output).not.toBe(0);
      expect(result.output).toMatch(line);
      expect(
        result.output.split('\n').filter((l) => l.includes(dir)),
        'one line for the one problem',
      ).toHaveLength(1);
      expect(result.output, 'no stack trace').not.toMatch(/Stack trace:|^\s+at .+[(\s]\S+:\d+:\d+\)?$/m);
      expect(result.output).toContain('Build failed; nothing was written.');
      expect(existsSync(join(result.outDir, 'zh-hant/index.html')), 'no half-built site').toBe(false);
    },
    120_000,
  );
});
