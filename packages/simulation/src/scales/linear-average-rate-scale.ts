import { scaleThresholds } from './marginal-rate-scale.js';
import { ScaleBase, type ScaleOptions } from './scale-base.js';

/**
 * A linear average rate scale at an instant: the average rate is each threshold's rate and
 * moves linearly between thresholds; the result is the base times that rate. Below the first
 * threshold the result is 0. At and above the last threshold the last rate applies (OpenFisca
 * returns 0 there, which no schedule means).
 *
 * @example
 * ```ts
 * import { LinearAverageRateScale } from '@civicblocks/simulation';
 *
 * const scale = new LinearAverageRateScale([0, 10000], [0, 0.1]);
 * scale.calc(5000); // 5000 × 0.05 = 250
 * ```
 * @since 0.1.0
 */
export class LinearAverageRateScale extends ScaleBase {
  /** Always `linear_average_rate`. */
  readonly type = 'linear_average_rate' as const;
  /** @internal Slope of the average rate in each bracket (0 in the last). */
  readonly #slopes: Float64Array;

  /**
   * @param thresholds - the points where the average rate is known, in any order.
   * @param rates - the average rate at each threshold, in the order of `thresholds`.
   */
  constructor(thresholds: readonly number[], rates: readonly number[], options: ScaleOptions = {}) {
    super(thresholds, rates, options);
    this.#slopes = new Float64Array(this.n);
    for (let index = 0; index + 1 < this.n; index += 1) {
      const width = (this.t[index + 1] as number) - (this.t[index] as number);
      this.#slopes[index] = width === 0 ? 0 : ((this.v[index + 1] as number) - (this.v[index] as number)) / width;
    }
  }

  /** The average rate at each threshold, in threshold order. */
  get rates(): readonly number[] {
    return this.values;
  }

  /** The average rate at `base`: interpolated between the thresholds around it. */
  averageRate(base: number): number {
    const b = this.rounded(base);
    const index = this.bracketIndex(b);
    return index < 0 ? 0 : (this.v[index] as number) + (b - (this.t[index] as number)) * (this.#slopes[index] as number);
  }

  /** `base` times the average rate at `base`. */
  calc(base: number): number {
    return this.rounded(base) * this.averageRate(base);
  }

  /** {@link LinearAverageRateScale.calc} for every base of a column, written into `out` (returned). */
  calcColumn(base: Float64Array, out: Float64Array): Float64Array {
    if (this.roundBaseDecimals !== undefined) {
      for (let row = 0; row < base.length; row += 1) out[row] = this.calc(base[row] as number);
      return out;
    }
    const t = this.t;
    const v = this.v;
    const slopes = this.#slopes;
    const n = this.n;
    for (let row = 0; row < base.length; row += 1) {
      const b = base[row] as number;
      let count = 0; // thresholds at or below the base, counted without branches
      for (let threshold = 0; threshold < n; threshold += 1) count += +(b >= (t[threshold] as number));
      const index = count - 1;
      out[row] = index < 0 ? 0 : b * ((v[index] as number) + (b - (t[index] as number)) * (slopes[index] as number));
    }
    return out;
  }

  /** {@link LinearAverageRateScale.calc} with every threshold multiplied by `factor`. */
  calcWithFactor(base: number, factor: number): number {
    if (factor > 0 && this.roundBaseDecimals === undefined) return base * this.averageRate(base / factor);
    return this.withThresholdFactor(factor).calc(base);
  }

  /** The same scale with every threshold multiplied by `factor`, optionally rounded to `decimals`. */
  withThresholdFactor(factor: number, decimals?: number): LinearAverageRateScale {
    return new LinearAverageRateScale(scaleThresholds(this.thresholds, factor, decimals), this.values, this.options);
  }

  /** The same scale rounding its base to `decimals` decimals. */
  withBaseRounding(decimals: number | undefined): LinearAverageRateScale {
    return new LinearAverageRateScale(this.thresholds, this.values, { roundBaseDecimals: decimals });
  }
}
