import { defineReform, defineVariable, formula } from '@civicblocks/simulation';
import { person } from '../entities/entities.js';
import { income_tax } from '../variables/taxes.js';

/**
 * Whether the person owns a car: added by the `add_new_tax` reform, true by default.
 *
 * @since 0.1.0
 */
export const has_car = defineVariable({
  name: 'has_car',
  entity: person,
  valueType: 'bool',
  definitionPeriod: 'month',
  defaultValue: true,
  label: 'The person has a car',
});

/**
 * The new tax of the `add_new_tax` reform: the income tax plus 100, for car owners.
 *
 * @since 0.1.0
 */
export const new_tax = defineVariable({
  name: 'new_tax',
  entity: person,
  valueType: 'float',
  definitionPeriod: 'month',
  label: 'New tax',
  unit: 'currency-EUR',
  reference: 'https://law.gov.example/new_tax',
  formula: formula({ income_tax, has_car }, ({ income_tax, has_car }) => (income_tax + 100) * Number(has_car)),
});

/**
 * Reform adding `has_car` and `new_tax` = (income tax + 100) × has car.
 *
 * @since 0.1.0
 */
export const add_new_tax = defineReform({
  name: 'add_new_tax',
  description: 'Adds a new tax: the income tax plus 100, for every person who has a car.',
  add: [has_car, new_tax],
});
