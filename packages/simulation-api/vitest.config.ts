import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@civicblocks/simulation-api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CI runs every package's tests at once on two cores: a slow test waits for the CPU, it has not failed.
    testTimeout: 30_000,
  },
});
