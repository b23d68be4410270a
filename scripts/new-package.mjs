#!/usr/bin/env node
// `pnpm new-package <name>`: adds packages/<name> with every convention the workspace checks
// (exports map with types first, sideEffects, files, engines, publishConfig, repository
// directory, MIT licence, a README whose example the consumer test runs), a first test, its
// entry in the API site and its line in CODEOWNERS, then links it with `pnpm install`.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [name, ...extra] = process.argv.slice(2);

if (name === undefined || extra.length > 0 || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error('Usage: pnpm new-package <name>   (kebab-case, for example: pnpm new-package eligibility-rules)');
  process.exit(2);
}
const directory = join(root, 'packages', name);
if (existsSync(directory)) {
  console.error(`packages/${name} already exists.`);
  process.exit(2);
}

const packageName = `@civicblocks/${name}`;
const camel = name.replace(/-([a-z0-9])/g, (_, letter) => letter.toUpperCase());
const files = {
  'package.json': JSON.stringify(
    {
      name: packageName,
      version: '0.0.0',
      description: `civicblocks building block: ${name}.`,
      license: 'MIT',
      type: 'module',
      sideEffects: false,
      repository: { type: 'git', url: 'git+https://github.com/civicblocks/civicblocks.git', directory: `packages/${name}` },
      homepage: 'https://civicblocks.github.io/civicblocks/',
      bugs: 'https://github.com/civicblocks/civicblocks/issues',
      exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' }, './package.json': './package.json' },
      files: ['dist', '!dist/**/*.test.*', 'README.md', 'LICENSE'],
      engines: { node: '>=20.19' },
      publishConfig: { access: 'public', provenance: true },
      civicblocks: { browser: true },
      scripts: {
        build: 'tsup',
        typecheck: 'tsc --noEmit',
        lint: 'eslint .',
        test: 'vitest run',
        'check:pkg': 'publint --strict && attw --pack --profile esm-only .',
        'check:consumer': 'node ../../scripts/consumer-test.mjs',
      },
    },
    null,
    2,
  ) + '\n',
  'tsconfig.json': readFileSync(join(root, 'packages/simulation/tsconfig.json'), 'utf8'),
  'tsup.config.ts': readFileSync(join(root, 'packages/simulation/tsup.config.ts'), 'utf8').replace(/entry: \[[^\]]*\]/, "entry: ['src/index.ts']"),
  'vitest.config.ts': `import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: '${packageName}',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // CI runs every package's tests at once on two cores: a slow test waits for the CPU, it has not failed.
    testTimeout: 30_000,
  },
});
`,
  'README.md': `# ${packageName}

One line on what this building block does for a government service.

\`\`\`ts
import { describe${pascal(camel)} } from '${packageName}';

console.log(describe${pascal(camel)}()); // ${packageName}
\`\`\`

## Install

\`\`\`sh
npm install ${packageName}
\`\`\`

ESM only, with types. Runs in Node 20.19 and later and in browsers.

## Licence

MIT
`,
  'src/index.ts': `export { describe${pascal(camel)} } from './describe.js';
`,
  'src/describe.ts': `/**
 * The package's name: replace this with the package's first real module.
 *
 * @example
 * \`\`\`ts
 * import { describe${pascal(camel)} } from '${packageName}';
 *
 * describe${pascal(camel)}(); // '${packageName}'
 * \`\`\`
 * @since 0.1.0
 */
export function describe${pascal(camel)}(): string {
  return '${packageName}';
}
`,
  'src/describe.test.ts': `import { describe, expect, it } from 'vitest';
import { describe${pascal(camel)} } from './describe.js';

describe('describe${pascal(camel)}', () => {
  it('names the package', () => {
    expect(describe${pascal(camel)}()).toBe('${packageName}');
  });
});
`,
};

mkdirSync(join(directory, 'src'), { recursive: true });
for (const [file, content] of Object.entries(files)) writeFileSync(join(directory, file), content);
copyFileSync(join(root, 'LICENSE'), join(directory, 'LICENSE'));

// The API site merges every package under packages/; depending on it orders the docs build after its build.
const docsManifestPath = join(root, 'apps/docs/package.json');
const docsManifest = JSON.parse(readFileSync(docsManifestPath, 'utf8'));
docsManifest.devDependencies = Object.fromEntries(Object.entries({ ...docsManifest.devDependencies, [packageName]: 'workspace:*' }).sort(([a], [b]) => a.localeCompare(b)));
writeFileSync(docsManifestPath, JSON.stringify(docsManifest, null, 2) + '\n');

const codeowners = join(root, '.github/CODEOWNERS');
if (existsSync(codeowners) && !readFileSync(codeowners, 'utf8').includes(`/packages/${name}/`)) {
  appendFileSync(codeowners, `/packages/${name}/ @civicblocks/maintainers\n`);
}

execFileSync('pnpm', ['install', '--prefer-offline'], { cwd: root, stdio: 'inherit' });
console.log(`\nCreated packages/${name} (${packageName}). Next: write its first module in src/, its README example, then \`pnpm changeset\`.`);

function pascal(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
