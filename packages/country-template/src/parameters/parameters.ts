import { deserializeParameters, type ParameterTree } from '@civicblocks/simulation';
import { serializedParameters } from './serialized-parameters.generated.js';

/**
 * The country's parameter tree, from the YAML files in the package's `parameters/` folder
 * (serialised at build time, so that it loads in browsers without a YAML parser). In Node,
 * `loadParameters` of `@civicblocks/simulation/node` reads the same folder, shipped with the
 * package.
 *
 * @example
 * ```ts
 * import { parameters } from '@civicblocks/country-template';
 *
 * parameters.valueAt('taxes.income_tax_rate', '2017-01'); // 0.15
 * ```
 * @since 0.1.0
 */
export const parameters: ParameterTree = deserializeParameters(serializedParameters);
