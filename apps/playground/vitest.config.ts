import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@civicblocks/playground',
    include: ['src/**/*.test.ts'],
  },
});
