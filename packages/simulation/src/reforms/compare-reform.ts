import type { Period } from '../periods/period.js';
import type { Simulation } from '../simulation/simulation.js';
import type { TaxBenefitSystem } from '../system/tax-benefit-system.js';
import type { Column } from '../variables/value-type.js';

/**
 * One variable under the baseline and the reform, row by row, with the weighted totals when
 * the simulation has weights for the variable's entity.
 *
 * @since 0.1.0
 */
export interface VariableComparison {
  /** Baseline values. */
  readonly baseline: Column;
  /** Reform values. */
  readonly reform: Column;
  /** Reform minus baseline, per row. */
  readonly difference: Float64Array;
  /** Weighted (or plain) sum of the baseline values. */
  readonly baselineTotal: number;
  /** Weighted (or plain) sum of the reform values. */
  readonly reformTotal: number;
}

/**
 * What {@link compareReform} returns.
 *
 * @since 0.1.0
 */
export interface ReformComparison {
  /** The reform simulation (same population and inputs as the baseline). */
  readonly reform: Simulation;
  /** Each variable compared, by name. */
  readonly comparisons: Readonly<Record<string, VariableComparison>>;
}

/**
 * Runs the same population under a baseline and a reformed system and compares numeric
 * outputs: the reform simulation shares the baseline's inputs (see
 * {@link Simulation.withSystem}).
 *
 * @example
 * ```ts
 * const baseline = simulationFromColumns(system, columns);
 * const { reform, comparisons } = compareReform(baseline, removal_basic_income(system), ['disposable_income'], '2017-01');
 * comparisons.disposable_income?.difference; // Float64Array of changes per household
 * ```
 * @since 0.1.0
 */
export function compareReform<System extends TaxBenefitSystem>(
  baseline: Simulation<System>,
  reformed: TaxBenefitSystem,
  variables: readonly string[],
  period: Period | string,
): ReformComparison {
  const reform = baseline.withSystem(reformed);
  const comparisons: Record<string, VariableComparison> = {};
  for (const name of variables) {
    const before = baseline.calculate(name as never, period);
    const after = reform.calculate(name, period);
    const weights = baseline.weights[baseline.system.variable(name).entity.key];
    const difference = new Float64Array(before.length);
    let baselineTotal = 0;
    let reformTotal = 0;
    for (let row = 0; row < before.length; row += 1) {
      const weight = weights === undefined ? 1 : (weights[row] as number);
      const a = Number(before[row]);
      const b = Number(after[row]);
      difference[row] = b - a;
      baselineTotal += weight * a;
      reformTotal += weight * b;
    }
    comparisons[name] = { baseline: before, reform: after, difference, baselineTotal, reformTotal };
  }
  return { reform, comparisons };
}
