import type { CountryPackage } from '@civicblocks/simulation/testing';
import { reforms } from './reforms/reforms.js';
import { system } from './system.js';

/**
 * The country package as tools take it: its system and its reform registry. `civicblocks test
 * --country @civicblocks/country-template` loads this export.
 *
 * @example
 * ```ts
 * import { runYamlTestFiles } from '@civicblocks/simulation/testing';
 * import { country } from '@civicblocks/country-template';
 *
 * const run = await runYamlTestFiles(['tests'], { country });
 * ```
 * @since 0.1.0
 */
export const country: CountryPackage = { system, reforms };
