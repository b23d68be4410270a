import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '@civicblocks/policy-schemas',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  },
});
