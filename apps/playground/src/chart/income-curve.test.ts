import { describe, expect, it } from 'vitest';
import { incomesFromAxis, marginalRate } from './income-curve.js';

describe('incomesFromAxis', () => {
  it('reads the household list over the axis', () => {
    const answer = { persons: {}, households: { household: { disposable_income: { '2025-01': [583.33, 1433.33, 2253.33] } } } };
    expect(incomesFromAxis(answer, '2025-01', 3)).toEqual([583.33, 1433.33, 2253.33]);
  });

  it('says what is missing or the wrong length', () => {
    expect(() => incomesFromAxis({ persons: {}, households: {} }, '2025-01', 3)).toThrow(/no list/);
    const short = { persons: {}, households: { household: { disposable_income: { '2025-01': [1, 2] } } } };
    expect(() => incomesFromAxis(short, '2025-01', 3)).toThrow(/2 disposable incomes for 3/);
  });
});

describe('marginalRate', () => {
  it('is the share of extra earnings lost to taxes and withdrawn benefits', () => {
    // 1000 more earned, 800 more kept: 20 % marginal rate.
    expect(marginalRate([0, 1000], [600, 1400], 1)).toBeCloseTo(0.2, 12);
    expect(marginalRate([0, 1000], [600, 1400], 0)).toBeUndefined();
  });
});
