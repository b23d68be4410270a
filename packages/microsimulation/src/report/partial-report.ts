/**
 * Weighted sums under the baseline and the reform.
 *
 * @since 0.1.0
 */
export interface BaselineAndReform {
  /** Under the baseline. */
  baseline: number;
  /** Under the reform. */
  reform: number;
}

/**
 * One income bin's weighted sums.
 *
 * @since 0.1.0
 */
export interface BinSums {
  /** Sum of weights of the units in the bin. */
  weight: number;
  /** Sum of weight × baseline income. */
  baseline: number;
  /** Sum of weight × (reform income − baseline income). */
  change: number;
}

/**
 * What one chunk contributes to a report. Every field is a sum, so partial reports merge by
 * adding ({@link mergeReports}): the merge is associative and commutative, with
 * {@link emptyReport} as its identity. That is the whole contract a distributed engine needs.
 *
 * @since 0.1.0
 */
export interface PartialReport {
  /** Number of person rows read (unweighted). */
  rows: number;
  /** Number of units (of the income variable's entity) read (unweighted). */
  units: number;
  /** Weighted number of persons. */
  persons: number;
  /** Weighted number of units. */
  weightedUnits: number;
  /** Weighted totals of each reported variable. */
  totals: Record<string, BaselineAndReform>;
  /** Weighted units whose income rose by more than the tolerance. */
  winners: number;
  /** Weighted units whose income fell by more than the tolerance. */
  losers: number;
  /** Weighted units whose income changed by at most the tolerance. */
  unchanged: number;
  /** Weighted units below the threshold. */
  unitsBelow: BaselineAndReform;
  /** Weighted persons living in units below the threshold. */
  personsBelow: BaselineAndReform;
  /** Income histogram by bin index (see the bins module). */
  bins: Record<string, BinSums>;
}

/**
 * The report of no rows: the identity of {@link mergeReports}.
 *
 * @since 0.1.0
 */
export function emptyReport(): PartialReport {
  return { rows: 0, units: 0, persons: 0, weightedUnits: 0, totals: {}, winners: 0, losers: 0, unchanged: 0, unitsBelow: { baseline: 0, reform: 0 }, personsBelow: { baseline: 0, reform: 0 }, bins: {} };
}

/**
 * Adds `other` into `into` and returns `into`. Associative and commutative up to floating-point
 * rounding, so chunks may be merged in any order and any grouping — on one machine or many.
 *
 * @since 0.1.0
 */
export function mergeReports(into: PartialReport, other: PartialReport): PartialReport {
  into.rows += other.rows;
  into.units += other.units;
  into.persons += other.persons;
  into.weightedUnits += other.weightedUnits;
  for (const [name, sums] of Object.entries(other.totals)) {
    const target = (into.totals[name] ??= { baseline: 0, reform: 0 });
    target.baseline += sums.baseline;
    target.reform += sums.reform;
  }
  into.winners += other.winners;
  into.losers += other.losers;
  into.unchanged += other.unchanged;
  into.unitsBelow.baseline += other.unitsBelow.baseline;
  into.unitsBelow.reform += other.unitsBelow.reform;
  into.personsBelow.baseline += other.personsBelow.baseline;
  into.personsBelow.reform += other.personsBelow.reform;
  for (const [bin, sums] of Object.entries(other.bins)) {
    const target = (into.bins[bin] ??= { weight: 0, baseline: 0, change: 0 });
    target.weight += sums.weight;
    target.baseline += sums.baseline;
    target.change += sums.change;
  }
  return into;
}
