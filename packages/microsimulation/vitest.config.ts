import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@civicblocks/microsimulation',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // These tests write and read real files through DuckDB and start worker threads: on a
    // shared 2-core machine they can take seconds, which says nothing about their speed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
