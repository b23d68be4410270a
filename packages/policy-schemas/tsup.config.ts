import { defineConfig } from 'tsup';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'neutral',
  // The runtime dependencies are bundled into a few chunks: loading them as hundreds of small
  // modules cost about 900 ms per `civicblocks validate` run; bundled, about 60 ms. Their types
  // still come from the dependencies listed in package.json.
  noExternal: ['yaml', '@sinclair/typebox', '@cfworker/json-schema', 'spdx-expression-parse', 'spdx-license-ids', 'spdx-exceptions', 'bcp-47', 'iso-3166', 'is-alphabetical', 'is-alphanumerical', 'is-decimal'],
  esbuildOptions(options) {
    options.conditions = ['import', 'default'];
    options.mainFields = ['module', 'main'];
  },
});
