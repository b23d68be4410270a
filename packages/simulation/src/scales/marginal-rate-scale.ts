import { roundHalfEven } from './round-half-even.js';
import { ScaleBase, type ScaleOptions } from './scale-base.js';

/**
 * A marginal rate scale at an instant: each bracket's rate applies to the part of the base
 * between its threshold and the next one. Income tax and contribution schedules are written
 * this way.
 *
 * @example
 * ```ts
 * import { MarginalRateScale } from '@civicblocks/simulation';
 *
 * const scale = new MarginalRateScale([0, 12000], [0.1, 0.2]);
 * scale.calc(15000); // 0.1 × 12000 + 0.2 × 3000 = 1800
 * scale.marginalRate(15000); // 0.2
 * ```
 * @since 0.1.0
 */
export class MarginalRateScale extends ScaleBase {
  /** Always `marginal_rate`. */
  readonly type = 'marginal_rate' as const;
  /** @internal Tax due at each threshold: the sum of the full brackets below it. */
  readonly #atThreshold: Float64Array;
  // The first four brackets as plain fields, missing ones at NaN (no base is ≥ NaN): with few
  // brackets, `calc` is then a handful of comparisons on fields, small enough for V8 to inline
  // into a formula's loop, with no array read.
  readonly #unrolled: boolean;
  readonly #t0: number;
  readonly #t1: number;
  readonly #t2: number;
  readonly #t3: number;
  readonly #v0: number;
  readonly #v1: number;
  readonly #v2: number;
  readonly #v3: number;
  readonly #a1: number;
  readonly #a2: number;
  readonly #a3: number;

  /**
   * @param thresholds - lower bound of each bracket, in any order.
   * @param rates - each bracket's rate, in the order of `thresholds`.
   */
  constructor(thresholds: readonly number[], rates: readonly number[], options: ScaleOptions = {}) {
    super(thresholds, rates, options);
    const t = this.t;
    const v = this.v;
    this.#atThreshold = new Float64Array(this.n);
    for (let index = 1; index < this.n; index += 1) {
      this.#atThreshold[index] = (this.#atThreshold[index - 1] as number) + (v[index - 1] as number) * ((t[index] as number) - (t[index - 1] as number));
    }
    this.#unrolled = this.n <= 4 && this.roundBaseDecimals === undefined;
    [this.#t0, this.#t1, this.#t2, this.#t3] = paddedThresholds(t, this.n);
    this.#v0 = v[0] ?? 0;
    this.#v1 = v[1] ?? 0;
    this.#v2 = v[2] ?? 0;
    this.#v3 = v[3] ?? 0;
    this.#a1 = this.#atThreshold[1] ?? 0;
    this.#a2 = this.#atThreshold[2] ?? 0;
    this.#a3 = this.#atThreshold[3] ?? 0;
  }

  /** Each bracket's rate, in threshold order. */
  get rates(): readonly number[] {
    return this.values;
  }

  /** The sum over brackets of the rate times the part of `base` inside the bracket. */
  calc(base: number): number {
    if (this.#unrolled) {
      // The same sum as below (tax at the bracket's threshold plus the rate times the excess),
      // bracket by bracket; `!(b >= t)` is also true for a NaN base, which gives 0 as below.
      const b = base;
      if (!(b >= this.#t0)) return 0;
      if (!(b >= this.#t1)) return 0 + this.#v0 * (b - this.#t0);
      if (!(b >= this.#t2)) return this.#a1 + this.#v1 * (b - this.#t1);
      if (!(b >= this.#t3)) return this.#a2 + this.#v2 * (b - this.#t2);
      return this.#a3 + this.#v3 * (b - this.#t3);
    }
    if (this.roundBaseDecimals !== undefined) return this.#calcRounded(base, this.roundBaseDecimals);
    const t = this.t;
    let count = 0;
    for (let index = 0; index < this.n; index += 1) count += +(base >= (t[index] as number));
    if (count === 0) return 0;
    return (this.#atThreshold[count - 1] as number) + (this.v[count - 1] as number) * (base - (t[count - 1] as number));
  }

  /** {@link MarginalRateScale.calc} for every base of a column, written into `out` (returned). */
  calcColumn(base: Float64Array, out: Float64Array): Float64Array {
    if (this.roundBaseDecimals !== undefined) {
      for (let row = 0; row < base.length; row += 1) out[row] = this.#calcRounded(base[row] as number, this.roundBaseDecimals);
      return out;
    }
    const t = this.t;
    const v = this.v;
    const atThreshold = this.#atThreshold;
    const n = this.n;
    if (this.#unrolled) {
      // Most schedules have few brackets: every constant in a local (missing brackets at NaN,
      // which no base reaches) and no array read but the base: about twice as fast as counting.
      const t0 = this.#t0;
      const t1 = this.#t1;
      const t2 = this.#t2;
      const t3 = this.#t3;
      const v0 = this.#v0;
      const v1 = this.#v1;
      const v2 = this.#v2;
      const v3 = this.#v3;
      const a1 = this.#a1;
      const a2 = this.#a2;
      const a3 = this.#a3;
      for (let row = 0; row < base.length; row += 1) {
        const b = base[row] as number;
        out[row] = !(b >= t0) ? 0 : !(b >= t1) ? 0 + v0 * (b - t0) : !(b >= t2) ? a1 + v1 * (b - t1) : !(b >= t3) ? a2 + v2 * (b - t2) : a3 + v3 * (b - t3);
      }
      return out;
    }
    for (let row = 0; row < base.length; row += 1) {
      const b = base[row] as number;
      let count = 0; // thresholds at or below the base, counted without branches (see bracketIndices)
      for (let index = 0; index < n; index += 1) count += +(b >= (t[index] as number));
      const index = count - 1;
      out[row] = count === 0 ? 0 : (atThreshold[index] as number) + (v[index] as number) * (b - (t[index] as number));
    }
    return out;
  }

  /** The rate of the bracket `base` falls in; 0 below the first threshold. */
  marginalRate(base: number): number {
    const index = this.bracketIndex(base);
    return index < 0 ? 0 : (this.v[index] as number);
  }

  /** {@link MarginalRateScale.marginalRate} for every base of a column, into `out` (returned). */
  marginalRates(base: Float64Array, out: Float64Array): Float64Array {
    for (let row = 0; row < base.length; row += 1) out[row] = this.marginalRate(base[row] as number);
    return out;
  }

  /** {@link MarginalRateScale.calc} with every threshold multiplied by `factor`. */
  calcWithFactor(base: number, factor: number): number {
    // Scaling the thresholds by f scales the tax of f × b by f: no new scale needed.
    if (factor > 0 && this.roundBaseDecimals === undefined) return factor * this.calc(base / factor);
    return this.withThresholdFactor(factor).calc(base);
  }

  /** The same scale with every threshold multiplied by `factor`, optionally rounded to `decimals`. */
  withThresholdFactor(factor: number, decimals?: number): MarginalRateScale {
    return new MarginalRateScale(scaleThresholds(this.thresholds, factor, decimals), this.values, this.options);
  }

  /** The same scale rounding as OpenFisca's `round_base_decimals` (see {@link ScaleOptions}). */
  withBaseRounding(decimals: number | undefined): MarginalRateScale {
    return new MarginalRateScale(this.thresholds, this.values, { roundBaseDecimals: decimals });
  }

  /** OpenFisca's rounded computation: each bracket's share and each product rounded. */
  #calcRounded(base: number, decimals: number): number {
    const t = this.t;
    let total = 0;
    for (let index = 0; index < this.n; index += 1) {
      const upper = index + 1 < this.n ? (t[index + 1] as number) : Infinity;
      const share = Math.max(Math.min(base, upper) - (t[index] as number), 0);
      total += roundHalfEven((this.v[index] as number) * roundHalfEven(share, decimals), decimals);
    }
    return total;
  }
}

/** Thresholds times a factor, optionally rounded. */
export function scaleThresholds(thresholds: readonly number[], factor: number, decimals: number | undefined): number[] {
  return thresholds.map((threshold) => (decimals === undefined ? threshold * factor : roundHalfEven(threshold * factor, decimals)));
}

/**
 * The first four thresholds, missing ones at NaN, to keep in locals: every comparison with NaN
 * is false, so no base (not even +∞) counts a missing threshold as reached.
 */
export function paddedThresholds(thresholds: Float64Array, count: number): [number, number, number, number] {
  return [count > 0 ? (thresholds[0] as number) : NaN, count > 1 ? (thresholds[1] as number) : NaN, count > 2 ? (thresholds[2] as number) : NaN, count > 3 ? (thresholds[3] as number) : NaN];
}
