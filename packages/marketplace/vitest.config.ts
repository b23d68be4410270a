import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@civicblocks/marketplace',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // The demo marketplace and the whole-document reference validation take seconds on a
    // busy two-core machine; speed is measured by the benchmark, not by test timeouts.
    testTimeout: 60_000,
  },
});
