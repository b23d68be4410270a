import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entities, entityJsonSchema } from '../src/index.js';

const directory = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');

describe('shipped JSON Schemas', () => {
  it('ship one file per entity', () => {
    expect(readdirSync(directory).sort()).toEqual(Object.keys(entities).map((name) => `${name}.json`).sort());
  });
  it.each(Object.keys(entities))('%s.json matches its definition (run the build to regenerate)', (name) => {
    expect(JSON.parse(readFileSync(join(directory, `${name}.json`), 'utf8'))).toEqual(entityJsonSchema(name));
  });
});
