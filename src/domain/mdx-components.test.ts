import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from './mdx-components';

/** The rows of the table under a heading of docs/authoring.md. */
function tableRows(heading: string): string[] {
  const doc = readFileSync('docs/authoring.md', 'utf8');
  const section = doc.slice(doc.indexOf(`\n## ${heading}`)).split(/\n## /)[1];
  return section.split('\n').filter((line) => line.startsWith('| `'));
}
const row = (c: (typeof mdxComponents)[number]) => `| \`${c.example}\` | ${c.renders} |`;

describe('the MDX component registry', () => {
  it('names a file that exists for every component', () => {
    for (const c of mdxComponents) expect(existsSync(`src/components/${c.file}`), c.file).toBe(true);
  });

  it('keeps pictures in charts/ and prose in prose/, where the pages pick them up', () => {
    for (const c of mdxComponents) expect(c.file.startsWith(c.chaptersOnly ? 'charts/' : 'prose/'), c.name).toBe(true);
  });

  it('names only attributes the component takes as ids', () => {
    for (const c of mdxComponents) for (const attribute of Object.keys(c.ids)) expect(c.props).toContain(attribute);
  });

  it('is what docs/authoring.md lists, table by table', () => {
    expect(tableRows('Components you can use in any MDX body')).toEqual(mdxComponents.filter((c) => !c.chaptersOnly).map(row));
    expect(tableRows('Pictures in a chapter')).toEqual(mdxComponents.filter((c) => c.chaptersOnly).map(row));
  });
});
