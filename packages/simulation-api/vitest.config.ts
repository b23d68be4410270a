import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@civicblocks/simulation-api',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
