import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@civicblocks/cli',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
