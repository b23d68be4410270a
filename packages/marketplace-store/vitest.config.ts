import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@civicblocks/marketplace-store',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Each PGlite instance holds about 0.9 GB: run files one after another, never many at once.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
