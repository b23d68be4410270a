import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@civicblocks/country-template',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
