import { describe, expect, it } from 'vitest';
import type { Household } from './household.js';
import { axisValues, householdSituation, salaryAxisSituation } from './situation.js';

const couple: Household = {
  month: '2025-01',
  members: [
    { id: 'adult_1', role: 'adult', birth: '1970-01-01', salary: 2000 },
    { id: 'adult_2', role: 'adult', birth: '1985-06-30', salary: 0 },
    { id: 'child_1', role: 'child', birth: '2020-03-15', salary: 0 },
  ],
  occupancy: 'tenant',
  rent: 700,
  accommodationSize: 60,
};

describe('householdSituation', () => {
  it('writes the inputs in the Web API format and asks for every output', () => {
    const situation = householdSituation(couple);
    expect(situation.persons['adult_1']).toEqual({
      birth: { ETERNITY: '1970-01-01' },
      salary: { '2025-01': 2000 },
      age: { '2025-01': null },
      income_tax: { '2025-01': null },
      social_security_contribution: { '2025-01': null },
      basic_income: { '2025-01': null },
      pension: { '2025-01': null },
    });
    expect(situation.households).toEqual({
      household: {
        adults: ['adult_1', 'adult_2'],
        children: ['child_1'],
        rent: { '2025-01': 700 },
        accommodation_size: { '2025-01': 60 },
        housing_occupancy_status: { '2025-01': 'tenant' },
        disposable_income: { '2025-01': null },
        total_benefits: { '2025-01': null },
        total_taxes: { '2025-01': null },
        housing_allowance: { '2025-01': null },
        parenting_allowance: { '2025-01': null },
        // A yearly variable is asked for the month's year.
        housing_tax: { '2025': null },
      },
    });
    expect(situation.axes).toBeUndefined();
  });
});

describe('salaryAxisSituation', () => {
  it('varies the chosen member by their index among persons, asking only for disposable income', () => {
    const situation = salaryAxisSituation(couple, { memberId: 'adult_2', maxSalary: 5000, count: 11 });
    expect(situation.axes).toEqual([[{ name: 'salary', min: 0, max: 5000, count: 11, period: '2025-01', index: 1 }]]);
    expect(situation.households['household']?.['disposable_income']).toEqual({ '2025-01': null });
    expect(situation.households['household']?.['total_taxes']).toBeUndefined();
    expect(situation.persons['adult_1']?.['income_tax']).toBeUndefined();
  });

  it('refuses a member who is not in the household', () => {
    expect(() => salaryAxisSituation(couple, { memberId: 'adult_9', maxSalary: 5000, count: 11 })).toThrow(/adult_9/);
  });
});

describe('axisValues', () => {
  it('spaces the values evenly, both ends included', () => {
    expect(axisValues({ min: 0, max: 5000, count: 6 })).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
    expect(axisValues({ min: 100, max: 100, count: 1 })).toEqual([100]);
  });
});
