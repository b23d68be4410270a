// Writes the JSON Schema (2020-12) files the package ships, from the same TypeBox definitions
// that give its TypeScript types and drive its validators: one definition per schema.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../dist/index.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'schemas');
mkdirSync(folder, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(join(folder, `${name}.json`), `${JSON.stringify(schema, null, 2)}\n`);
}
process.stdout.write(`dist/schemas/: ${Object.keys(jsonSchemas()).join(', ')}\n`);
