import { fileURLToPath } from 'node:url';
import { loadParametersSync } from '../../src/node.js';

/** The fixture directory modelled on the template country's parameters. */
export const countryDirectory = fileURLToPath(new URL('../fixtures/parameters/country', import.meta.url));

/** The fixture tree, loaded once per test file. */
export const countryTree = loadParametersSync(countryDirectory);
