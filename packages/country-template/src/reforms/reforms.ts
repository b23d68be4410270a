import type { Reform } from '@civicblocks/simulation';
import { add_dynamic_variable } from './add-dynamic-variable.js';
import { add_new_tax } from './add-new-tax.js';
import { flat_social_security_contribution } from './flat-social-security-contribution.js';
import { modify_social_security_taxation } from './modify-social-security-taxation.js';
import { removal_basic_income } from './removal-basic-income.js';

/**
 * The names of the country's reforms.
 *
 * @since 0.1.0
 */
export type ReformName = 'add_dynamic_variable' | 'add_new_tax' | 'flat_social_security_contribution' | 'modify_social_security_taxation' | 'removal_basic_income';

/**
 * The country's reforms by name, as YAML tests name them in `reforms:` (OpenFisca's dotted
 * paths, such as `openfisca_country_template.reforms.add_new_tax.add_new_tax`, resolve by their
 * last segment).
 *
 * @example
 * ```ts
 * import { reforms, system } from '@civicblocks/country-template';
 *
 * const reformed = reforms.add_new_tax(system);
 * reformed.variables.has('new_tax'); // true
 * ```
 * @since 0.1.0
 */
export const reforms: Readonly<Record<ReformName, Reform>> = {
  add_dynamic_variable,
  add_new_tax,
  flat_social_security_contribution,
  modify_social_security_taxation,
  removal_basic_income,
};
