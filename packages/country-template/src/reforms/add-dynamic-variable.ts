import { defineReform, defineVariable } from '@civicblocks/simulation';
import { person } from '../entities/entities.js';

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
export const add_dynamic_variable = defineReform({
  name: 'add_dynamic_variable',
  description: 'Adds the person variable goes_to_school, true by default.',
  add: [goes_to_school],
});
