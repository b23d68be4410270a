import { MarginalAmountScale, SingleAmountScale } from './amount-scales.js';
import { LinearAverageRateScale } from './linear-average-rate-scale.js';
import { MarginalRateScale } from './marginal-rate-scale.js';
import type { ScaleOptions, ScaleType } from './scale-base.js';

/**
 * A scale evaluated at an instant, of any kind. Narrow on `type` to reach kind-specific members
 * such as {@link MarginalRateScale.marginalRate}.
 *
 * @since 0.1.0
 */
export type Scale = MarginalRateScale | MarginalAmountScale | SingleAmountScale | LinearAverageRateScale;

/**
 * Builds a scale of the given kind from thresholds and their rates or amounts.
 *
 * @example
 * ```ts
 * import { createScale } from '@civicblocks/simulation';
 *
 * const scale = createScale('single_amount', [0, 1000], [50, 20]);
 * scale.calc(1500); // 20
 * ```
 * @since 0.1.0
 */
export function createScale(type: ScaleType, thresholds: readonly number[], values: readonly number[], options: ScaleOptions = {}): Scale {
  switch (type) {
    case 'marginal_rate':
      return new MarginalRateScale(thresholds, values, options);
    case 'marginal_amount':
      return new MarginalAmountScale(thresholds, values, options);
    case 'single_amount':
      return new SingleAmountScale(thresholds, values, options);
    case 'linear_average_rate':
      return new LinearAverageRateScale(thresholds, values, options);
  }
}
