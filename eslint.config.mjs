// Lint gate (npm run lint, part of npm test): ESLint's and typescript-eslint's recommended rules, and
// eslint-plugin-astro's for components. Formatting is Prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * A folder that may not import from some others (no-restricted-imports, gitignore-style patterns). Tests
 * and fixtures are exempt: they may reach across layers to set a case up.
 */
const layer = (files, forbidden, message) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.fixture.ts'],
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }] },
});
const ASTRO = ['astro', 'astro:*', 'astro/*'];
const SITE = ['**/loaders/*', '**/data/*', '**/components/*', '**/layouts/*', '**/pages/*', '**/*.astro'];

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
  // The layers, each arrow one way (docs/architecture.md): the domain is plain TypeScript; the Markdown
  // layer and the content reader run outside Astro (npm run check:content); pages and components ask
  // src/data/ for the documentary and never reach into the loader or the reader.
  layer(
    ['src/domain/**'],
    [...ASTRO, '**/markdown/*', '**/reader/*', ...SITE],
    'src/domain is plain TypeScript: no Astro, no Markdown, no site code',
  ),
  layer(['src/markdown/**'], ['astro:*', 'astro/loaders', '**/reader/*', ...SITE], 'src/markdown runs outside Astro, under the reader'),
  layer(
    ['src/reader/**'],
    ['astro:*', 'astro/loaders', 'astro/config', ...SITE],
    'the content reader imports no Astro: npm run check:content runs it in plain Node',
  ),
  layer(
    ['src/pages/**', 'src/components/**', 'src/layouts/**'],
    ['**/loaders/*', '**/reader/*'],
    'pages and components read the checked documentary from src/data/, not the loader or the reader',
  ),
);
