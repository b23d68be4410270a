import { describe, expect, it } from 'vitest';
import type { Household } from '../household/household.js';
import { formatEuros, formatMonth, formatValue } from './format.js';
import { numbersAt, readResults } from './read-results.js';

const single: Household = {
  month: '2025-01',
  members: [{ id: 'adult_1', role: 'adult', birth: '1970-01-01', salary: 0 }],
  occupancy: 'tenant',
  rent: 0,
  accommodationSize: 0,
};

describe('readResults', () => {
  it('reads household values at the month, the yearly housing tax at the year, and member values by id', () => {
    const answer = {
      persons: { adult_1: { basic_income: { '2025-01': 600 }, pension: { '2025-01': false }, age: { '2025-01': 55 } } },
      households: { household: { disposable_income: { '2025-01': 583.3333333333334 }, housing_tax: { '2025': 200 } } },
    };
    const results = readResults(answer, single);
    expect(results.household.get('disposable_income')).toBe(583.3333333333334);
    expect(results.household.get('housing_tax')).toBe(200);
    expect(results.household.has('total_taxes')).toBe(false);
    expect(results.members.get('adult_1')).toEqual(new Map([['age', 55], ['basic_income', 600], ['pension', 0]]));
  });
});

describe('numbersAt', () => {
  it('reads a list over an axis and nothing else', () => {
    expect(numbersAt({ '2025-01': [583.33, 600] }, '2025-01')).toEqual([583.33, 600]);
    expect(numbersAt({ '2025-01': 583.33 }, '2025-01')).toBeUndefined();
    expect(numbersAt({ '2025-01': ['x'] }, '2025-01')).toBeUndefined();
  });
});

describe('format', () => {
  it('prints euros with two decimals and months in words', () => {
    expect(formatEuros(600 - 200 / 12)).toBe('€583.33');
    expect(formatEuros(-0)).toBe('€0.00');
    expect(formatEuros(12345.5)).toBe('€12,345.50');
    expect(formatMonth('2025-01')).toBe('January 2025');
    expect(formatValue([1, 0.125])).toBe('1, 0.13');
    expect(formatValue(null)).toBe('no value');
  });
});
