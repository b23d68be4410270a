import { defineConfig } from 'vitest/config';

// One Vitest project per workspace package: `pnpm vitest` at the root runs them all,
// `pnpm test` runs each package's project through turbo so results are cached per package.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*'],
  },
});
