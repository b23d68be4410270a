import { roundHalfEven } from './round-half-even.js';

/**
 * The four kinds of scale OpenFisca parameter files describe:
 *
 * - `marginal_rate`: each bracket's rate applies to the part of the base inside the bracket
 *   (income tax, contributions). The default.
 * - `marginal_amount`: the amounts of every bracket whose threshold is below the base add up.
 * - `single_amount`: the amount of the one bracket the base falls in (0 below the first threshold).
 * - `linear_average_rate`: the average rate grows linearly between thresholds; the result is
 *   the base times that rate.
 *
 * @since 0.1.0
 */
export type ScaleType = 'marginal_rate' | 'marginal_amount' | 'single_amount' | 'linear_average_rate';

/**
 * How a scale rounds.
 *
 * @since 0.1.0
 */
export interface ScaleOptions {
  /**
   * Round the base, the thresholds and, for marginal rate scales, each bracket's share, to this
   * many decimals (halves to even, as OpenFisca's `round_base_decimals`). Unset: no rounding.
   */
  readonly roundBaseDecimals?: number | undefined;
}

/**
 * A scale as plain data: what `JSON.stringify` and traces show.
 *
 * @since 0.1.0
 */
export interface ScaleData {
  /** Which kind of scale. */
  readonly type: ScaleType;
  /** Lower bound of each bracket, ascending. */
  readonly thresholds: readonly number[];
  /** Each bracket's rate or amount. */
  readonly values: readonly number[];
}

/**
 * What every scale evaluated at an instant offers: its brackets as plain arrays, sorted by
 * threshold, and the bracket a base falls in. Build one with {@link createScale} or read it
 * from a parameter tree at an instant.
 *
 * @since 0.1.0
 */
export abstract class ScaleBase {
  /** Which kind of scale this is. */
  abstract readonly type: ScaleType;
  /** Lower bound of each bracket, ascending. */
  readonly thresholds: readonly number[];
  /** Each bracket's rate or amount, in the order of {@link ScaleBase.thresholds}. */
  readonly values: readonly number[];
  /** Decimals the base is rounded to, or `undefined` for no rounding. */
  readonly roundBaseDecimals: number | undefined;
  /** @internal Thresholds as a typed array, rounded when the scale rounds. */
  protected readonly t: Float64Array;
  /** @internal Values as a typed array. */
  protected readonly v: Float64Array;
  /** @internal Number of brackets. */
  protected readonly n: number;

  /** @internal */
  protected constructor(thresholds: readonly number[], values: readonly number[], options: ScaleOptions = {}) {
    if (thresholds.length !== values.length) {
      throw new RangeError(`A scale needs one value per threshold; got ${thresholds.length} thresholds and ${values.length} values.`);
    }
    const order = thresholds.map((_, index) => index).sort((a, b) => (thresholds[a] ?? 0) - (thresholds[b] ?? 0));
    this.thresholds = order.map((index) => thresholds[index] ?? 0);
    this.values = order.map((index) => values[index] ?? 0);
    this.roundBaseDecimals = options.roundBaseDecimals;
    const decimals = options.roundBaseDecimals;
    this.t = Float64Array.from(this.thresholds, (threshold) => (decimals === undefined ? threshold : roundHalfEven(threshold, decimals)));
    this.v = Float64Array.from(this.values);
    this.n = this.thresholds.length;
  }

  /** Number of brackets. */
  get length(): number {
    return this.n;
  }

  /** The amount or tax for one base. */
  abstract calc(base: number): number;

  /**
   * The amount or tax for every base of a column, written into `out` (which is returned).
   * One loop, no allocation: give it a reused output column.
   */
  abstract calcColumn(base: Float64Array, out: Float64Array): Float64Array;

  /**
   * {@link ScaleBase.calc} with every threshold multiplied by `factor` (OpenFisca's
   * `calc(base, factor)`): for example thresholds per share of a household, `factor` being the
   * number of shares.
   */
  abstract calcWithFactor(base: number, factor: number): number;

  /**
   * {@link ScaleBase.calcWithFactor} for every row, with one factor for all rows or one per row,
   * written into `out` (returned).
   */
  calcColumnWithFactor(base: Float64Array, factor: Float64Array | number, out: Float64Array): Float64Array {
    if (typeof factor === 'number') {
      for (let row = 0; row < base.length; row += 1) out[row] = this.calcWithFactor(base[row] as number, factor);
    } else {
      for (let row = 0; row < base.length; row += 1) out[row] = this.calcWithFactor(base[row] as number, factor[row] as number);
    }
    return out;
  }

  /** The same kind of scale with every threshold multiplied by `factor`. */
  abstract withThresholdFactor(factor: number): ScaleBase;

  /** The same scale rounding its base to `decimals` decimals (see {@link ScaleOptions}). */
  abstract withBaseRounding(decimals: number | undefined): ScaleBase;

  /**
   * Index of the bracket `base` falls in: the number of thresholds at or below it, minus one
   * (`-1` below the first threshold).
   */
  bracketIndex(base: number): number {
    const b = this.roundBaseDecimals === undefined ? base : roundHalfEven(base, this.roundBaseDecimals);
    const t = this.t;
    let count = 0;
    for (let index = 0; index < this.n; index += 1) count += +(b >= (t[index] as number));
    return count - 1;
  }

  /** {@link ScaleBase.bracketIndex} of every base of a column, written into `out` (returned). */
  bracketIndices(base: Float64Array, out: Int32Array): Int32Array {
    const t = this.t;
    const n = this.n;
    const decimals = this.roundBaseDecimals;
    for (let row = 0; row < base.length; row += 1) {
      const raw = base[row] as number;
      const b = decimals === undefined ? raw : roundHalfEven(raw, decimals);
      // Counting the thresholds at or below the base has no data-dependent branch, so bases
      // spread over the brackets cost no mispredictions: twice as fast as a search here.
      let count = 0;
      for (let index = 0; index < n; index += 1) count += +(b >= (t[index] as number));
      out[row] = count - 1;
    }
    return out;
  }

  /** Plain data: the kind, the thresholds and the values (what traces and JSON show). */
  toJSON(): ScaleData {
    return { type: this.type, thresholds: this.thresholds, values: this.values };
  }

  /** @internal The rounded base. */
  protected rounded(base: number): number {
    return this.roundBaseDecimals === undefined ? base : roundHalfEven(base, this.roundBaseDecimals);
  }

  /** @internal Options to rebuild a scale like this one. */
  protected get options(): ScaleOptions {
    return { roundBaseDecimals: this.roundBaseDecimals };
  }
}
