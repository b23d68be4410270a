import { formulaKit } from '@civicblocks/simulation';
import type { CountryParameters } from './country-parameters.generated.js';

/**
 * Makes a formula of this country: its `parameters` argument has the type of the country's
 * parameter tree, so a misspelt parameter does not compile.
 *
 * @since 0.1.0
 */
export const { formula } = formulaKit<CountryParameters>();
