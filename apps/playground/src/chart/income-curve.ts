import type { Situation } from '../api/shapes.js';
import { HOUSEHOLD_ID } from '../household/situation.js';
import { numbersAt } from '../results/read-results.js';

/** One line of the chart: disposable income for each salary on the axis. */
export interface IncomeSeries {
  label: string;
  /** `solid` for the baseline, `dashed` for a reform: lines differ by more than colour. */
  style: 'solid' | 'dashed';
  incomes: number[];
}

/**
 * The household's disposable income over the axis, from a `POST /calculate` answer to
 * {@link salaryAxisSituation}: one number per point, or an error saying what the answer lacked.
 */
export function incomesFromAxis(answer: Situation, month: string, count: number): number[] {
  const incomes = numbersAt(answer.households[HOUSEHOLD_ID]?.['disposable_income'], month);
  if (incomes === undefined) throw new Error(`The answer has no list of disposable incomes for ${month}.`);
  if (incomes.length !== count) throw new Error(`The answer has ${incomes.length} disposable incomes for ${count} salaries.`);
  return incomes;
}

/** The effective marginal rate between two points: the share of extra earnings the household does not keep. */
export function marginalRate(salaries: readonly number[], incomes: readonly number[], index: number): number | undefined {
  if (index <= 0 || index >= salaries.length) return undefined;
  const earnings = (salaries[index] ?? 0) - (salaries[index - 1] ?? 0);
  if (earnings === 0) return undefined;
  return 1 - ((incomes[index] ?? 0) - (incomes[index - 1] ?? 0)) / earnings;
}
