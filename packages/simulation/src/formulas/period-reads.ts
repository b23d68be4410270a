import type { Period } from '../periods/period.js';
import type { PeriodSource, VariableReference } from './read.js';

/**
 * Reads a variable at another period: `at(salary, (period) => period.lastMonth)`. The period
 * must be of the variable's own unit (use {@link add} or {@link divide} otherwise).
 *
 * @example
 * ```ts
 * // the household's accommodation size in January, for a yearly tax
 * reads: { size: at(accommodation_size, (period) => period.firstMonth) }
 * ```
 * @since 0.1.0
 */
export function at<Value>(variable: VariableReference<Value>, period: (period: Period) => Period): PeriodSource<Value> {
  return { kind: 'source', variable, period, mode: 'exact' };
}

/**
 * Reads the sum of a variable over its sub-periods: a monthly variable over a year is the sum
 * of its twelve months.
 *
 * @example
 * ```ts
 * reads: { yearlySalary: add(salary, (period) => period.thisYear) }
 * ```
 * @since 0.1.0
 */
export function add(variable: VariableReference<number> | VariableReference<boolean>, period?: (period: Period) => Period): PeriodSource<number> {
  return { kind: 'source', variable, period, mode: 'add' };
}

/**
 * Reads a share of a variable of a longer period: a yearly variable read for a month is a
 * twelfth of its value for the year that contains the month.
 *
 * @example
 * ```ts
 * reads: { monthlyHousingTax: divide(housing_tax) }
 * ```
 * @since 0.1.0
 */
export function divide(variable: VariableReference<number>, period?: (period: Period) => Period): PeriodSource<number> {
  return { kind: 'source', variable, period, mode: 'divide' };
}
