import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { validatePubliccodeFile } from '../src/node.js';

it("the repository's own publiccode.yml is valid", () => {
  const path = resolve(dirname(fileURLToPath(import.meta.url)), '../../../publiccode.yml');
  expect(validatePubliccodeFile(path).findings).toEqual([]);
});
