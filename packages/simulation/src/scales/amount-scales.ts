import { paddedThresholds, scaleThresholds } from './marginal-rate-scale.js';
import { ScaleBase, type ScaleOptions } from './scale-base.js';

/**
 * A single amount scale at an instant: the result is the amount of the one bracket the base
 * falls in, 0 below the first threshold. A base equal to a threshold falls in the bracket that
 * starts there. Written `metadata: {type: single_amount}` in OpenFisca files.
 *
 * @example
 * ```ts
 * import { SingleAmountScale } from '@civicblocks/simulation';
 *
 * const scale = new SingleAmountScale([0, 1000], [50, 20]);
 * scale.calc(999); // 50
 * scale.calc(1000); // 20
 * ```
 * @since 0.1.0
 */
export class SingleAmountScale extends ScaleBase {
  /** Always `single_amount`. */
  readonly type = 'single_amount' as const;
  /** @internal 0, then each bracket's amount: indexed by the number of thresholds at or below the base. */
  readonly #guarded: Float64Array;

  /**
   * @param thresholds - lower bound of each bracket, in any order.
   * @param amounts - each bracket's amount, in the order of `thresholds`.
   */
  constructor(thresholds: readonly number[], amounts: readonly number[], options: ScaleOptions = {}) {
    super(thresholds, amounts, options);
    this.#guarded = new Float64Array(this.n + 1);
    this.#guarded.set(this.v, 1);
  }

  /** Each bracket's amount, in threshold order. */
  get amounts(): readonly number[] {
    return this.values;
  }

  /** The amount of the bracket `base` falls in; 0 below the first threshold. */
  calc(base: number): number {
    const index = this.bracketIndex(base);
    return index < 0 ? 0 : (this.v[index] as number);
  }

  /** {@link SingleAmountScale.calc} for every base of a column, written into `out` (returned). */
  calcColumn(base: Float64Array, out: Float64Array): Float64Array {
    if (this.roundBaseDecimals !== undefined) {
      for (let row = 0; row < base.length; row += 1) out[row] = this.calc(base[row] as number);
      return out;
    }
    const t = this.t;
    const amounts = this.#guarded;
    const n = this.n;
    if (n <= 4) {
      // Few brackets: thresholds in locals, missing ones at NaN (see paddedThresholds).
      const [t0, t1, t2, t3] = paddedThresholds(t, n);
      for (let row = 0; row < base.length; row += 1) {
        const b = base[row] as number;
        out[row] = amounts[+(b >= t0) + +(b >= t1) + +(b >= t2) + +(b >= t3)] as number;
      }
      return out;
    }
    for (let row = 0; row < base.length; row += 1) {
      const b = base[row] as number;
      let count = 0; // thresholds at or below the base, counted without branches
      for (let index = 0; index < n; index += 1) count += +(b >= (t[index] as number));
      out[row] = amounts[count] as number;
    }
    return out;
  }

  /** {@link SingleAmountScale.calc} with every threshold multiplied by `factor`. */
  calcWithFactor(base: number, factor: number): number {
    if (factor > 0 && this.roundBaseDecimals === undefined) return this.calc(base / factor);
    return this.withThresholdFactor(factor).calc(base);
  }

  /** The same scale with every threshold multiplied by `factor`, optionally rounded to `decimals`. */
  withThresholdFactor(factor: number, decimals?: number): SingleAmountScale {
    return new SingleAmountScale(scaleThresholds(this.thresholds, factor, decimals), this.values, this.options);
  }

  /** The same scale rounding its base to `decimals` decimals. */
  withBaseRounding(decimals: number | undefined): SingleAmountScale {
    return new SingleAmountScale(this.thresholds, this.values, { roundBaseDecimals: decimals });
  }
}

/**
 * A marginal amount scale at an instant: the amounts of every bracket whose threshold is
 * strictly below the base add up.
 *
 * @example
 * ```ts
 * import { MarginalAmountScale } from '@civicblocks/simulation';
 *
 * const scale = new MarginalAmountScale([0, 1000], [50, 20]);
 * scale.calc(1000); // 50
 * scale.calc(1001); // 70
 * ```
 * @since 0.1.0
 */
export class MarginalAmountScale extends ScaleBase {
  /** Always `marginal_amount`. */
  readonly type = 'marginal_amount' as const;
  /** @internal Sum of the amounts of the first i brackets, for i = 0…n. */
  readonly #cumulated: Float64Array;

  /**
   * @param thresholds - lower bound of each bracket, in any order.
   * @param amounts - each bracket's amount, in the order of `thresholds`.
   */
  constructor(thresholds: readonly number[], amounts: readonly number[], options: ScaleOptions = {}) {
    super(thresholds, amounts, options);
    this.#cumulated = new Float64Array(this.n + 1);
    for (let index = 0; index < this.n; index += 1) this.#cumulated[index + 1] = (this.#cumulated[index] as number) + (this.v[index] as number);
  }

  /** Each bracket's amount, in threshold order. */
  get amounts(): readonly number[] {
    return this.values;
  }

  /** The sum of the amounts of the brackets whose threshold is below `base`. */
  calc(base: number): number {
    const b = this.rounded(base);
    const t = this.t;
    let count = 0;
    for (let index = 0; index < this.n; index += 1) count += +(b > (t[index] as number));
    return this.#cumulated[count] as number;
  }

  /** {@link MarginalAmountScale.calc} for every base of a column, written into `out` (returned). */
  calcColumn(base: Float64Array, out: Float64Array): Float64Array {
    if (this.roundBaseDecimals !== undefined) {
      for (let row = 0; row < base.length; row += 1) out[row] = this.calc(base[row] as number);
      return out;
    }
    const t = this.t;
    const cumulated = this.#cumulated;
    const n = this.n;
    if (n <= 4) {
      const [t0, t1, t2, t3] = paddedThresholds(t, n);
      for (let row = 0; row < base.length; row += 1) {
        const b = base[row] as number;
        out[row] = cumulated[+(b > t0) + +(b > t1) + +(b > t2) + +(b > t3)] as number;
      }
      return out;
    }
    for (let row = 0; row < base.length; row += 1) {
      const b = base[row] as number;
      let count = 0; // thresholds strictly below the base, counted without branches
      for (let index = 0; index < n; index += 1) count += +(b > (t[index] as number));
      out[row] = cumulated[count] as number;
    }
    return out;
  }

  /** {@link MarginalAmountScale.calc} with every threshold multiplied by `factor`. */
  calcWithFactor(base: number, factor: number): number {
    if (factor > 0 && this.roundBaseDecimals === undefined) return this.calc(base / factor);
    return this.withThresholdFactor(factor).calc(base);
  }

  /** The same scale with every threshold multiplied by `factor`, optionally rounded to `decimals`. */
  withThresholdFactor(factor: number, decimals?: number): MarginalAmountScale {
    return new MarginalAmountScale(scaleThresholds(this.thresholds, factor, decimals), this.values, this.options);
  }

  /** The same scale rounding its base to `decimals` decimals. */
  withBaseRounding(decimals: number | undefined): MarginalAmountScale {
    return new MarginalAmountScale(this.thresholds, this.values, { roundBaseDecimals: decimals });
  }
}
