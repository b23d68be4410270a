import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MarginalAmountScale, SingleAmountScale } from './amount-scales.js';
import { LinearAverageRateScale } from './linear-average-rate-scale.js';
import { MarginalRateScale } from './marginal-rate-scale.js';
import { roundHalfEven } from './round-half-even.js';
import { createScale } from './scale.js';

describe('MarginalRateScale', () => {
  // The template country's social security contribution in 2017.
  const scale = new MarginalRateScale([0, 6000, 12400], [0.02, 0.06, 0.12]);

  it.each([
    [-100, 0],
    [0, 0],
    [3000, 60], // 0.02 × 3000
    [6000, 120],
    [10000, 360], // 120 + 0.06 × 4000
    [12400, 504], // 120 + 0.06 × 6400
    [20000, 1416], // 504 + 0.12 × 7600
  ])('taxes %d as %d', (base, expected) => {
    expect(scale.calc(base)).toBeCloseTo(expected, 9);
    const out = new Float64Array(1);
    scale.calcColumn(Float64Array.of(base), out);
    expect(out[0]).toBeCloseTo(expected, 9);
  });

  it('gives nothing below a first threshold above zero', () => {
    const withAllowance = new MarginalRateScale([1000, 2000], [0.1, 0.2]);
    expect(withAllowance.calc(500)).toBe(0);
    expect(withAllowance.calc(2500)).toBeCloseTo(100 + 100, 9); // 0.1 × 1000 + 0.2 × 500
  });

  it('sorts brackets given out of order', () => {
    const unsorted = new MarginalRateScale([12400, 0, 6000], [0.12, 0.02, 0.06]);
    expect(unsorted.thresholds).toEqual([0, 6000, 12400]);
    expect(unsorted.rates).toEqual([0.02, 0.06, 0.12]);
  });

  it('gives marginal rates and bracket indices', () => {
    const bases = Float64Array.of(-1, 0, 5999, 6000, 50000);
    expect(Array.from(scale.bracketIndices(bases, new Int32Array(5)))).toEqual([-1, 0, 0, 1, 2]);
    expect(Array.from(scale.marginalRates(bases, new Float64Array(5)))).toEqual([0, 0.02, 0.02, 0.06, 0.12]);
  });

  it('multiplies thresholds by a factor', () => {
    const doubled = scale.withThresholdFactor(2);
    expect(doubled.thresholds).toEqual([0, 12000, 24800]);
    expect(doubled.calc(20000)).toBeCloseTo(240 + 480, 9); // 0.02 × 12000 + 0.06 × 8000
    expect(new MarginalRateScale([0, 1000], [0.1, 0.2]).withThresholdFactor(1 / 3, 2).thresholds).toEqual([0, 333.33]);
  });

  it('rounds the base and each bracket like OpenFisca', () => {
    const rounded = new MarginalRateScale([0, 100.5], [0.1, 0.5], { roundBaseDecimals: 0 });
    // thresholds rounded half to even: 100.5 → 100; shares 100 and 50.5 → 50 (half to even);
    // 0.1 × 100 = 10, 0.5 × 50 = 25
    expect(rounded.calc(150.5)).toBe(35);
    expect(rounded.calcColumn(Float64Array.of(150.5), new Float64Array(1))[0]).toBe(35);
  });

  it('is continuous and non-decreasing for non-negative rates', () => {
    const brackets = fc.uniqueArray(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 6 }).chain((thresholds) =>
      fc.tuple(fc.constant(thresholds), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: thresholds.length, maxLength: thresholds.length })),
    );
    fc.assert(
      fc.property(brackets, fc.double({ min: -1000, max: 200_000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), ([thresholds, rates], base, step) => {
        const property = new MarginalRateScale(thresholds, rates);
        const here = property.calc(base);
        expect(property.calc(base + step)).toBeGreaterThanOrEqual(here - 1e-9);
        // continuity: a step of ε changes the tax by at most max rate × ε
        const epsilon = 1e-6;
        expect(Math.abs(property.calc(base + epsilon) - here)).toBeLessThanOrEqual(epsilon * 1 + 1e-9);
      }),
    );
  });

  it('agrees with the sum over brackets of rate × share of the base (OpenFisca definition)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 7 }),
        fc.double({ min: -1000, max: 100_000, noNaN: true }),
        (thresholds, base) => {
          const sorted = [...thresholds].sort((a, b) => a - b);
          const rates = sorted.map((_, index) => (index + 1) / 10);
          let expected = 0;
          sorted.forEach((threshold, index) => {
            const upper = sorted[index + 1] ?? Infinity;
            expected += (rates[index] ?? 0) * Math.max(Math.min(base, upper) - threshold, 0);
          });
          const scale = new MarginalRateScale(sorted, rates);
          expect(scale.calc(base)).toBeCloseTo(expected, 6);
          expect(scale.calcColumn(Float64Array.of(base), new Float64Array(1))[0]).toBeCloseTo(expected, 6);
        },
      ),
    );
  });
});

describe('MarginalRateScale at the edges of its brackets', () => {
  // Up to four brackets are evaluated by comparisons on fields, more by a loop: both give the
  // sum over brackets of rate × share, computed here by hand.
  const bracketsOf = (count: number): { thresholds: number[]; rates: number[] } => ({
    thresholds: [0, 1000, 2000, 5000, 9000].slice(0, count),
    rates: [0.1, 0.2, 0.3, 0.4, 0.5].slice(0, count),
  });
  // Tax at each threshold: 0; 0.1 × 1000 = 100; 100 + 0.2 × 1000 = 300; 300 + 0.3 × 3000 = 1200; 1200 + 0.4 × 4000 = 2800.
  it.each<[number, [number, number][]]>([
    [1, [[-1, 0], [0, 0], [1000, 100], [20000, 2000]]],
    [2, [[-1, 0], [0, 0], [999, 99.9], [1000, 100], [1001, 100.2], [3000, 500]]],
    [3, [[1000, 100], [2000, 300], [2001, 300.3], [5000, 1200]]],
    [4, [[2000, 300], [4999, 1199.7], [5000, 1200], [6000, 1600]]],
    [5, [[5000, 1200], [8999, 2799.6], [9000, 2800], [10000, 3300]]],
  ])('with %d brackets', (count, cases) => {
    const { thresholds, rates } = bracketsOf(count);
    const scale = new MarginalRateScale(thresholds, rates);
    const bases = Float64Array.from(cases, ([base]) => base);
    const column = scale.calcColumn(bases, new Float64Array(bases.length));
    cases.forEach(([base, expected], row) => {
      expect(scale.calc(base)).toBeCloseTo(expected, 9);
      expect(column[row]).toBeCloseTo(expected, 9);
    });
  });

  it('gives 0 without brackets, 0 for a NaN base and +∞ for an infinite one', () => {
    for (const count of [0, 1, 3, 4, 5]) {
      const { thresholds, rates } = bracketsOf(count);
      const scale = new MarginalRateScale(thresholds, rates);
      const column = scale.calcColumn(Float64Array.of(Number.NaN, Infinity, -Infinity), new Float64Array(3));
      expect([scale.calc(Number.NaN), scale.calc(Infinity), scale.calc(-Infinity)]).toEqual([0, count === 0 ? 0 : Infinity, 0]);
      expect(Array.from(column)).toEqual([0, count === 0 ? 0 : Infinity, 0]);
    }
  });

  it('takes the higher of two equal thresholds', () => {
    const scale = new MarginalRateScale([0, 1000, 1000], [0.1, 0.2, 0.5]);
    expect(scale.calc(1000)).toBeCloseTo(100, 9);
    expect(scale.calc(1100)).toBeCloseTo(150, 9); // 100 + 0.5 × 100
    expect(scale.calcColumn(Float64Array.of(1100), new Float64Array(1))[0]).toBeCloseTo(150, 9);
  });
});

describe('amount scales with an infinite base', () => {
  it('give the last bracket, not a missing one', () => {
    expect(new SingleAmountScale([0, 1000], [50, 20]).calcColumn(Float64Array.of(Infinity), new Float64Array(1))[0]).toBe(20);
    expect(new MarginalAmountScale([0, 1000], [50, 20]).calcColumn(Float64Array.of(Infinity), new Float64Array(1))[0]).toBe(70);
  });
});

describe('SingleAmountScale', () => {
  const scale = new SingleAmountScale([0, 1000, 2000], [50, 20, 5]);

  it.each([
    [-1, 0],
    [0, 50],
    [999.99, 50],
    [1000, 20],
    [1999, 20],
    [2000, 5],
    [1e9, 5],
  ])('gives %d the amount %d', (base, expected) => {
    expect(scale.calc(base)).toBe(expected);
    expect(scale.calcColumn(Float64Array.of(base), new Float64Array(1))[0]).toBe(expected);
  });

  it('is piecewise constant: every base gets one of the amounts, the one of its bracket', () => {
    fc.assert(
      fc.property(fc.double({ min: -10_000, max: 10_000, noNaN: true }), (base) => {
        const amount = scale.calc(base);
        expect([0, 50, 20, 5]).toContain(amount);
        const index = scale.bracketIndex(base);
        expect(amount).toBe(index < 0 ? 0 : scale.amounts[index]);
        // constant inside the bracket: the bracket's lower bound gives the same amount
        if (index >= 0) expect(scale.calc(scale.thresholds[index] ?? 0)).toBe(amount);
      }),
    );
  });
});

describe('MarginalAmountScale', () => {
  const scale = new MarginalAmountScale([0, 1000, 2000], [50, 20, 5]);

  it.each([
    [-1, 0],
    [0, 0], // a threshold counts when the base is strictly above it
    [0.01, 50],
    [1000, 50],
    [1000.5, 70],
    [5000, 75],
  ])('sums %d to %d', (base, expected) => {
    expect(scale.calc(base)).toBe(expected);
    expect(scale.calcColumn(Float64Array.of(base), new Float64Array(1))[0]).toBe(expected);
  });
});

describe('LinearAverageRateScale', () => {
  const scale = new LinearAverageRateScale([0, 10000, 20000], [0, 0.1, 0.3]);

  it.each([
    [-5, 0],
    [0, 0],
    [5000, 250], // rate 0.05
    [10000, 1000], // rate 0.1
    [15000, 3000], // rate 0.2
    [20000, 6000], // rate 0.3
    [30000, 9000], // last rate beyond the last threshold
  ])('taxes %d as %d', (base, expected) => {
    expect(scale.calc(base)).toBeCloseTo(expected, 9);
    expect(scale.calcColumn(Float64Array.of(base), new Float64Array(1))[0]).toBeCloseTo(expected, 9);
  });
});

describe('createScale and rounding', () => {
  it('builds each kind', () => {
    expect(createScale('marginal_rate', [0], [0.1]).type).toBe('marginal_rate');
    expect(createScale('marginal_amount', [0], [1]).type).toBe('marginal_amount');
    expect(createScale('single_amount', [0], [1]).type).toBe('single_amount');
    expect(createScale('linear_average_rate', [0], [0.1]).type).toBe('linear_average_rate');
  });

  it('serialises as plain data', () => {
    expect(JSON.parse(JSON.stringify(createScale('single_amount', [0, 10], [1, 2])))).toEqual({ type: 'single_amount', thresholds: [0, 10], values: [1, 2] });
  });

  it('rounds halves to even, as numpy', () => {
    expect(roundHalfEven(0.5, 0)).toBe(0);
    expect(roundHalfEven(1.5, 0)).toBe(2);
    expect(roundHalfEven(2.5, 0)).toBe(2);
    expect(roundHalfEven(-1.5, 0)).toBe(-2);
    expect(roundHalfEven(1.26, 1)).toBe(1.3);
  });

  it('rejects thresholds and values of different lengths', () => {
    expect(() => createScale('marginal_rate', [0, 1], [0.1])).toThrow(RangeError);
  });
});

describe('calcColumn', () => {
  it('gives, row by row, what calc gives, for every kind and number of brackets', () => {
    const kinds = ['marginal_rate', 'marginal_amount', 'single_amount', 'linear_average_rate'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.uniqueArray(fc.integer({ min: 0, max: 50_000 }), { minLength: 0, maxLength: 7 }),
        fc.array(fc.double({ min: -1000, max: 100_000, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (kind, thresholds, bases) => {
          const scale = createScale(kind, thresholds, thresholds.map((_, index) => (index + 1) / 8));
          const out = scale.calcColumn(Float64Array.from(bases), new Float64Array(bases.length));
          bases.forEach((base, row) => {
            expect(out[row]).toBeCloseTo(scale.calc(base), 6);
          });
        },
      ),
    );
  });
});

describe('threshold factors', () => {
  it('multiplies thresholds for one base or a column (values by hand)', () => {
    const rates = new MarginalRateScale([0, 6000, 12400], [0.02, 0.06, 0.12]);
    // thresholds 0, 12000, 24800: 0.02 × 12000 + 0.06 × 8000 = 720
    expect(rates.calcWithFactor(20000, 2)).toBeCloseTo(720, 9);
    // factor 1: 0.02 × 6000 + 0.06 × 6400 + 0.12 × 7600 = 1416
    expect(Array.from(rates.calcColumnWithFactor(Float64Array.of(20000, 20000), Float64Array.of(2, 1), new Float64Array(2))).map((x) => Math.round(x * 1e6) / 1e6)).toEqual([720, 1416]);
    expect(new SingleAmountScale([0, 1000, 2000], [50, 20, 5]).calcWithFactor(2500, 2)).toBe(20);
    expect(new MarginalAmountScale([0, 1000, 2000], [50, 20, 5]).calcWithFactor(2500, 2)).toBe(70);
    // thresholds 0, 20000, 40000: rate at 30000 is 0.1 + 10000 × 0.2 / 20000 = 0.2
    expect(new LinearAverageRateScale([0, 10000, 20000], [0, 0.1, 0.3]).calcWithFactor(30000, 2)).toBeCloseTo(6000, 9);
  });

  it('agrees with a scale whose thresholds were multiplied', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('marginal_rate', 'marginal_amount', 'single_amount', 'linear_average_rate' as const),
        fc.uniqueArray(fc.integer({ min: 0, max: 50_000 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: -1000, max: 400_000 }),
        (kind, thresholds, factor, base) => {
          const scale = createScale(kind, thresholds, thresholds.map((_, index) => (index + 1) / 4));
          expect(scale.calcWithFactor(base, factor)).toBeCloseTo(scale.withThresholdFactor(factor).calc(base), 6);
        },
      ),
    );
  });
});
