/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 20_000,
    // The build tests spend their time in child processes (each in a copy of the project of its own, see
    // tests/helpers/build.ts), so at least two test files run side by side even on a two-core machine.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
