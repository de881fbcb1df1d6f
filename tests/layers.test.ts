// The lint gate fails on an import that crosses a layer the wrong way (eslint.config.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layers', () => {
  it.each([
    ['src/domain/x.ts', "import { getCollection } from 'astro:content';\nexport const x = getCollection;\n"],
    ['src/domain/x.ts', "import { parseMdx } from '../markdown/parse-mdx';\nexport const x = parseMdx;\n"],
    ['src/reader/x.ts', "import { getEntry } from 'astro:content';\nexport const x = getEntry;\n"],
    ['src/markdown/x.ts', "import { documentary } from '../data/documentary';\nexport const x = documentary;\n"],
    ['src/pages/x.ts', "import { documentaryLoader } from '@/loaders/documentary-loader';\nexport const x = documentaryLoader;\n"],
    ['src/i18n/x.ts', "import { documentary } from '../data/documentary';\nexport const x = documentary;\n"],
    ['src/components/X.ts', "import { getEntry } from 'astro:content';\nexport const x = getEntry;\n"],
    ['src/data/x.ts', "import { getEntry } from 'astro:content';\nexport const x = getEntry;\n"],
    ['src/search/x.ts', "import { getEntry } from 'astro:content';\nexport const x = getEntry;\n"],
    // Plain Node runs the domain (npm run check:content) and knows no @/ alias.
    ['src/domain/x.ts', "import { toEpochMs } from '@/domain/instant';\nexport const x = toEpochMs;\n"],
    // The site names what it imports from src/ as @/…, not by climbing.
    ['src/pages/x.ts', "import { documentary } from '../data/documentary';\nexport const x = documentary;\n"],
  ])('refuses %s importing across its layer', async (file, code) => {
    expect(await importErrors(file, code)).toHaveLength(1);
  });

  it('lets each layer import what lies below it', async () => {
    expect(
      await importErrors('src/reader/x.ts', "import { checkDocumentary } from '../domain/checks';\nexport const x = checkDocumentary;\n"),
    ).toEqual([]);
    expect(
      await importErrors('src/pages/x.ts', "import { documentary } from '@/data/documentary';\nexport const x = documentary;\n"),
    ).toEqual([]);
    expect(
      await importErrors('src/data/documentary.ts', "import { getEntry } from 'astro:content';\nexport const x = getEntry;\n"),
    ).toEqual([]);
    expect(await importErrors('src/content-schemas.ts', "import { z } from 'astro/zod';\nexport const x = z;\n")).toEqual([]);
  });
});

describe('one time-zone module', () => {
  it('refuses a zone formatter of its own outside src/domain/time-zones.ts', async () => {
    const [result] = await eslint.lintText("export const f = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Tokyo' });\n", {
      filePath: 'src/domain/x.ts',
    });
    expect(result.messages.map((m) => m.ruleId)).toEqual(['no-restricted-syntax']);
  });
});

describe('imports', () => {
  it('form no cycle among the modules of src/, type-only imports included', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !/\.(test|fixture)\.ts$/.test(f))
      .map((f) => join('src', f));
    const resolve = (from: string, specifier: string) => {
      const base = specifier.startsWith('@/') ? join('src', specifier.slice(2)) : join(dirname(from), specifier);
      return [base, `${base}.ts`, join(base, 'index.ts')].find((candidate) => files.includes(candidate));
    };
    const imports = new Map(
      files.map((file) => [
        file,
        ts
          .preProcessFile(readFileSync(file, 'utf8'), true)
          .importedFiles.map(({ fileName }) => (/^(\.|@\/)/.test(fileName) ? resolve(file, fileName) : undefined))
          .filter((f): f is string => f !== undefined),
      ]),
    );
    // Depth-first: a module met again while it is still on the path closes a cycle.
    const cycles: string[] = [];
    const done = new Set<string>();
    const visit = (file: string, path: string[]) => {
      if (path.includes(file)) return void cycles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      if (done.has(file)) return;
      for (const next of imports.get(file) ?? []) visit(next, [...path, file]);
      done.add(file);
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });
});
