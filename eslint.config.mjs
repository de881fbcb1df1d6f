// Lint gate (npm run lint, part of npm test): ESLint's and typescript-eslint's recommended rules, and
// eslint-plugin-astro's for components. Formatting is Prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * A folder that may not import from some others (no-restricted-imports: each rule a `group` of
 * gitignore-style patterns or a `regex`, with its message). Tests and fixtures are exempt: they may reach
 * across layers to set a case up. A file matched by two of these gets only the later one's rules, so each
 * folder is named once.
 */
const layer = (files, rules, ignores = []) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.fixture.ts', ...ignores],
  rules: { 'no-restricted-imports': ['error', { patterns: rules }] },
});
const forbid = (group, message) => ({ group, message });
const ASTRO = ['astro', 'astro:*', 'astro/*'];
const SITE = ['**/loaders/*', '**/data/*', '**/components/*', '**/layouts/*', '**/pages/*', '**/*.astro'];
// Plain Node runs these (npm run check:content, npm run vocab, the bench) and knows no `@/` alias.
const NO_ALIAS = forbid(['@/*'], 'this layer also runs in plain Node, which knows no @/ alias: import it by its relative path');
// The site's own files name what they import from src/ as @/…, not by climbing out of their folder.
const NO_CLIMB = { regex: '^\\.\\./', message: 'import from src/ as @/folder/module, not by climbing ../' };
const NO_LOADER = forbid(
  ['**/loaders/*', '**/reader/*'],
  'pages and components read the checked documentary from src/data/, not the loader or the reader',
);
const NO_CONTENT = forbid(['astro:content'], 'read the checked documentary from src/data/documentary.ts, not astro:content');

export default defineConfig(
  { ignores: ['dist/', 'dist-subpath/', '.astro/', 'test-results/', 'playwright-report/', '**/*.building/', '**/*.previous/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // `catch {}` is how the client ignores storage a browser refuses (private mode); nothing else is empty.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  // One time-zone module: a zone's calendar, offsets and wall clocks come from src/domain/time-zones.ts
  // (time-format.ts formats calendar dates, which have no zone).
  {
    files: ['src/**/*.ts', 'src/**/*.astro'],
    ignores: ['src/domain/time-zones.ts', 'src/domain/time-format.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.object.name='Intl'][callee.property.name='DateTimeFormat']",
          message: 'time-zone arithmetic lives in src/domain/time-zones.ts: use calendarOf, dayKey, zoneOffsetMinutes…',
        },
      ],
    },
  },
  // The layers, each arrow one way (docs/architecture.md): the domain is plain TypeScript; the Markdown
  // layer, the content reader and the converter run outside Astro too (npm run check:content, npm run
  // vocab); only src/data/documentary.ts reads Astro's content layer; pages and components ask src/data/ for
  // the documentary and never reach into the loader or the reader.
  layer(
    ['src/domain/**'],
    [
      forbid([...ASTRO, '**/markdown/*', '**/reader/*', ...SITE], 'src/domain is plain TypeScript: no Astro, no Markdown, no site code'),
      NO_ALIAS,
    ],
  ),
  layer(
    ['src/content-schemas.ts'],
    [
      forbid(
        ['astro:*', 'astro/*', '!astro/zod', '**/markdown/*', '**/reader/*', ...SITE],
        'the content model imports only astro/zod, so plain Node can load it',
      ),
      NO_ALIAS,
    ],
  ),
  layer(
    ['src/markdown/**'],
    [forbid(['astro:*', 'astro/loaders', '**/reader/*', ...SITE], 'src/markdown runs outside Astro, under the reader'), NO_ALIAS],
  ),
  layer(
    ['src/reader/**'],
    [
      forbid(
        ['astro:*', 'astro/loaders', 'astro/config', ...SITE],
        'the content reader imports no Astro: npm run check:content runs it in plain Node',
      ),
      NO_ALIAS,
    ],
  ),
  layer(
    ['src/i18n/**'],
    [forbid([...ASTRO, ...SITE], 'src/i18n is plain TypeScript (npm run vocab runs it): it converts what it is handed'), NO_ALIAS],
    ['src/i18n/simplified-edition.ts'],
  ),
  // The Simplified edition's one converter is built from the checked documentary, as the pages are.
  layer(
    ['src/i18n/simplified-edition.ts'],
    [NO_CONTENT, NO_LOADER, forbid(['**/components/*', '**/layouts/*', '**/pages/*', '**/*.astro'], 'the converter draws nothing')],
  ),
  layer(
    ['src/search/**', 'src/html/**', 'src/client/**'],
    [forbid(['astro:content', ...SITE], 'this layer is handed what it works on; it reads no content'), NO_ALIAS],
  ),
  layer(['src/integrations/**'], [NO_CONTENT, NO_ALIAS]),
  layer(['src/pages/**'], [NO_LOADER, NO_CLIMB]),
  layer(['src/components/**', 'src/layouts/**'], [NO_LOADER, NO_CONTENT, NO_CLIMB]),
  layer(
    ['src/data/**'],
    [
      forbid(
        ['**/reader/*', '**/components/*', '**/layouts/*', '**/pages/*', '**/*.astro'],
        'src/data serves the pages; it does not draw them',
      ),
      NO_CONTENT,
      NO_CLIMB,
    ],
    ['src/data/documentary.ts'],
  ),
  layer(['src/data/documentary.ts'], [NO_CLIMB]),
  layer(
    ['src/loaders/**'],
    [
      forbid(
        SITE.filter((p) => p !== '**/loaders/*'),
        'the loader hands the reading to Astro; it knows no page',
      ),
      NO_CLIMB,
    ],
  ),
);
