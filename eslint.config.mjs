// Lint gate (npm run lint, part of npm test): ESLint's and typescript-eslint's recommended rules, and
// eslint-plugin-astro's for components. Formatting is Prettier's job (.prettierrc.json), not ESLint's.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
);
