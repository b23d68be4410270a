import { defineVariable } from '@civicblocks/simulation';
import { person } from '../entities/entities.js';

/**
 * Salary for the month; a yearly salary given as input is divided over its months.
 *
 * @since 0.1.0
 */
export const salary = defineVariable({
  name: 'salary',
  entity: person,
  valueType: 'float',
  definitionPeriod: 'month',
  setInputPolicy: 'divideByPeriod',
  label: 'Salary',
  unit: 'currency-EUR',
  reference: 'https://law.gov.example/salary',
});

/**
 * Capital returns for the month; a yearly amount given as input is divided over its months.
 *
 * @since 0.1.0
 */
export const capital_returns = defineVariable({
  name: 'capital_returns',
  entity: person,
  valueType: 'float',
  definitionPeriod: 'month',
  setInputPolicy: 'divideByPeriod',
  label: 'Capital returns',
  unit: 'currency-EUR',
});
