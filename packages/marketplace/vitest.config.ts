import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@civicblocks/marketplace',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
