import { upperEdgeOf } from './income-bins.js';
import type { BaselineAndReform, PartialReport } from './partial-report.js';
import type { ReportSpec } from './report-spec.js';

/**
 * The budget impact of one variable: weighted totals under the baseline and the reform.
 *
 * @since 0.1.0
 */
export interface BudgetLine extends BaselineAndReform {
  /** Variable name. */
  readonly variable: string;
  /** Reform minus baseline. */
  readonly change: number;
}

/**
 * One income decile of units ranked by baseline income.
 *
 * @since 0.1.0
 */
export interface DecileLine {
  /** 1 (poorest tenth) to 10. */
  readonly decile: number;
  /** Highest baseline income in the decile, to within 0.1 %. */
  readonly upperBound: number;
  /** Weighted mean baseline income. */
  readonly meanIncome: number;
  /** Weighted mean change of income (reform minus baseline). */
  readonly meanChange: number;
}

/**
 * Shares (0–1) of weighted units whose income rose, fell, or stayed within the tolerance.
 *
 * @since 0.1.0
 */
export interface WinnersAndLosers {
  /** Share whose income rose by more than the tolerance. */
  readonly winners: number;
  /** Share whose income fell by more than the tolerance. */
  readonly losers: number;
  /** Share whose income changed by at most the tolerance. */
  readonly unchanged: number;
  /** The tolerance used, in the income variable's unit. */
  readonly tolerance: number;
}

/**
 * A weighted count under the baseline and the reform, and its change.
 *
 * @since 0.1.0
 */
export interface CountChange extends BaselineAndReform {
  /** Reform minus baseline. */
  readonly change: number;
}

/**
 * Units and persons below a threshold (for example a poverty line), before and after.
 *
 * @since 0.1.0
 */
export interface BelowThreshold {
  /** The threshold, in the income variable's unit. */
  readonly threshold: number;
  /** Weighted units below it. */
  readonly units: CountChange;
  /** Weighted persons living in units below it. */
  readonly persons: CountChange;
}

/**
 * The distributional and budget impact of a reform on a weighted population.
 *
 * @since 0.1.0
 */
export interface MicrosimulationReport {
  /** Period computed. */
  readonly period: string;
  /** Reforms applied, in order. */
  readonly reforms: readonly string[];
  /** Person rows read. */
  readonly rows: number;
  /** Weighted number of persons. */
  readonly persons: number;
  /** Income variable that ranks units. */
  readonly incomeVariable: string;
  /** Weighted number of units (of the income variable's entity). */
  readonly units: number;
  /** Weighted totals per variable. */
  readonly budget: readonly BudgetLine[];
  /** Mean change of income by decile of baseline income. */
  readonly deciles: readonly DecileLine[];
  /** Shares (0–1) of weighted units that win, lose or see no change beyond the tolerance. */
  readonly winnersAndLosers: WinnersAndLosers;
  /** Units and persons below the threshold, when one was given. */
  readonly belowThreshold?: BelowThreshold;
}

/**
 * Turns merged sums into the report: budget lines, deciles located on the income histogram
 * (a bin that straddles a decile boundary is shared in proportion to its weight), and shares.
 *
 * @since 0.1.0
 */
export function finishReport(sums: PartialReport, spec: ReportSpec, reforms: readonly string[]): MicrosimulationReport {
  const share = (value: number) => (sums.weightedUnits === 0 ? 0 : value / sums.weightedUnits);
  const withChange = (pair: BaselineAndReform) => ({ baseline: pair.baseline, reform: pair.reform, change: pair.reform - pair.baseline });
  return {
    period: spec.period,
    reforms,
    rows: sums.rows,
    persons: sums.persons,
    incomeVariable: spec.incomeVariable,
    units: sums.weightedUnits,
    budget: spec.variables.map((variable) => {
      const totals = sums.totals[variable] ?? { baseline: 0, reform: 0 };
      return { variable, ...withChange(totals) };
    }),
    deciles: decilesOf(sums),
    winnersAndLosers: { winners: share(sums.winners), losers: share(sums.losers), unchanged: share(sums.unchanged), tolerance: spec.tolerance ?? 0.01 },
    ...(spec.threshold === undefined ? {} : { belowThreshold: { threshold: spec.threshold, units: withChange(sums.unitsBelow), persons: withChange(sums.personsBelow) } }),
  };
}

function decilesOf(sums: PartialReport): DecileLine[] {
  const bins = Object.entries(sums.bins)
    .map(([bin, values]) => ({ bin: Number(bin), ...values }))
    .filter((bin) => bin.weight > 0)
    .sort((a, b) => a.bin - b.bin);
  const total = bins.reduce((weight, bin) => weight + bin.weight, 0);
  if (total === 0) return [];
  const deciles = Array.from({ length: 10 }, (_, index) => ({ decile: index + 1, upperBound: -Infinity, weight: 0, income: 0, change: 0 }));
  // Walk the bins from the poorest, pouring each bin's weight into the current decile until
  // it holds a tenth of the total; each pour either empties the bin or fills the decile.
  let current = 0;
  let cursor = 0;
  for (const bin of bins) {
    let remaining = bin.weight;
    while (remaining > 0) {
      const boundary = current === 9 ? Infinity : ((current + 1) * total) / 10;
      const room = Math.min(remaining, boundary - cursor);
      const decile = deciles[current];
      if (room > 0 && decile !== undefined) {
        const fraction = room / bin.weight;
        decile.weight += room;
        decile.income += fraction * bin.baseline;
        decile.change += fraction * bin.change;
        decile.upperBound = Math.max(decile.upperBound, upperEdgeOf(bin.bin));
        remaining -= room;
        cursor += room;
      }
      if (cursor >= boundary) current += 1;
      else if (remaining > 0 && room <= 0) current += 1;
    }
  }
  return deciles.map((decile) => ({
    decile: decile.decile,
    upperBound: decile.upperBound,
    meanIncome: decile.weight === 0 ? 0 : decile.income / decile.weight,
    meanChange: decile.weight === 0 ? 0 : decile.change / decile.weight,
  }));
}
