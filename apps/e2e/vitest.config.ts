import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@civicblocks/e2e',
    include: ['test/**/*.test.ts'],
    // One server and one browser for the whole file; the steps run in order on one page.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
