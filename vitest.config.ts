/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 20_000,
    // Test files that build a documentary must not build at the same time: Astro writes the content
    // modules of every build to the project's own .astro/ folder (not configurable), so two concurrent
    // builds of different content folders can render each other's files.
    fileParallelism: false,
  },
});
