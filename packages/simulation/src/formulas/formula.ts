import type { Period } from '../periods/period.js';
import type { Reads, Row } from './read.js';

/**
 * A formula: what it reads for each row, and how it computes one row's value from them. The
 * engine runs it as one loop over the whole population (see the package README): `compute`
 * must be pure, computing a row from its arguments only.
 *
 * @since 0.1.0
 */
export interface Formula<R extends Reads = Reads, Parameters = unknown, Value = unknown> {
  /** Unique number of the formula, used to cache its compiled loop. */
  readonly id: number;
  /** The reads, by the name the row gives them. */
  readonly reads: R;
  /**
   * Computes one row: `row` holds the reads' values for that person or group, `parameters`
   * the legislation at the first day of `period`.
   */
  compute(row: Row<R>, parameters: Parameters, period: Period): Value;
}

let nextFormulaId = 1;

/**
 * The helpers that write formulas against a country's parameter tree. Make one per country
 * package with {@link formulaKit}, typed with the parameter type generated from its YAML.
 *
 * @since 0.1.0
 */
export interface FormulaKit<Parameters> {
  /**
   * Makes a formula from its reads and its per-row computation. TypeScript checks the names:
   * a read of a variable that does not exist does not compile, the row has exactly the
   * declared names, and `parameters` has the country's parameter tree type.
   */
  readonly formula: <const R extends Reads, Value>(reads: R, compute: (row: Row<R>, parameters: Parameters, period: Period) => Value) => Formula<R, Parameters, Value>;
}

function makeFormula<const R extends Reads, Parameters, Value>(reads: R, compute: (row: Row<R>, parameters: Parameters, period: Period) => Value): Formula<R, Parameters, Value> {
  const id = nextFormulaId;
  nextFormulaId += 1;
  // Frozen: the engine binds formulas into generated loops that every simulation shares, so
  // nothing may change them afterwards.
  return Object.freeze({ id, reads: Object.freeze({ ...reads }), compute });
}

/**
 * Makes the formula helpers of a country whose parameter tree has type `Parameters` (the type
 * the parameter tools generate from the country's YAML files).
 *
 * @example
 * ```ts
 * import { formulaKit } from '@civicblocks/simulation';
 * import type { CountryParameters } from './parameters.generated.js';
 *
 * export const { formula } = formulaKit<CountryParameters>();
 * ```
 * @since 0.1.0
 */
export function formulaKit<Parameters>(): FormulaKit<Parameters> {
  return { formula: makeFormula };
}

/**
 * Makes a formula that reads no parameters (use {@link formulaKit} for those that do).
 *
 * @example
 * ```ts
 * const household_income = defineVariable({
 *   name: 'household_income', entity: household, valueType: 'float', definitionPeriod: 'month',
 *   formula: formula({ salaries: sum(salary) }, ({ salaries }) => salaries),
 * });
 * ```
 * @since 0.1.0
 */
export function formula<const R extends Reads, Value>(reads: R, compute: (row: Row<R>, parameters: unknown, period: Period) => Value): Formula<R, unknown, Value> {
  return makeFormula(reads, compute);
}
