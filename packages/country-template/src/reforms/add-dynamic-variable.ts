import { defineVariable, type TaxBenefitSystem } from '@civicblocks/simulation';
import { person } from '../entities/entities.js';
import { deriveSystem } from '../internal/derive-system.js';

/**
 * Whether the person goes to school: the variable the `add_dynamic_variable` reform adds.
 *
 * @since 0.1.0
 */
export const goes_to_school = defineVariable({
  name: 'goes_to_school',
  entity: person,
  valueType: 'bool',
  definitionPeriod: 'month',
  defaultValue: true,
  label: 'The person goes to school (only relevant for children)',
});

/**
 * Reform adding the person variable `goes_to_school` (a boolean, true by default).
 *
 * @since 0.1.0
 */
export function add_dynamic_variable(system: TaxBenefitSystem): TaxBenefitSystem {
  return deriveSystem(system, { variables: [goes_to_school] });
}
