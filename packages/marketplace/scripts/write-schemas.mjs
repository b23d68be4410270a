// Writes each entity's JSON Schema to schemas/<name>.json from the built package, so that the
// published files are exactly the definitions the validators use. test/schemas.test.ts fails
// when a committed file and its definition drift apart.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entities, entityJsonSchema } from '../dist/index.js';

const directory = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
mkdirSync(directory, { recursive: true });
for (const name of Object.keys(entities)) {
  writeFileSync(join(directory, `${name}.json`), JSON.stringify(entityJsonSchema(name), null, 2) + '\n');
}
