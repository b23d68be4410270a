import { any, count, defineVariable, sum } from '@civicblocks/simulation';
import { household, person } from '../entities/entities.js';
import { formula } from '../parameters/formula.js';
import { age } from './demographics.js';
import { salary } from './income.js';
import { rent } from './housing.js';

/**
 * Basic income: from December 2015 for an adult without salary; from December 2016 for every
 * adult, whatever their salary. Nothing before December 2015.
 *
 * @since 0.1.0
 */
export const basic_income = defineVariable({
  name: 'basic_income',
  entity: person,
  valueType: 'float',
  definitionPeriod: 'month',
  label: 'Basic income provided to adults',
  unit: 'currency-EUR',
  reference: 'https://law.gov.example/basic_income',
  formulas: {
    '2015-12-01': formula({ age, salary }, ({ age, salary }, p) => Number(age >= p.general.age_of_majority) * Number(salary === 0) * p.benefits.basic_income),
    '2016-12-01': formula({ age }, ({ age }, p) => Number(age >= p.general.age_of_majority) * p.benefits.basic_income),
  },
});

/**
 * Pension: 1 for a person of retirement age or older, else 0. OpenFisca's country template
 * returns a boolean for this number variable; the value 1 keeps that behaviour.
 *
 * @since 0.1.0
 */
export const pension = defineVariable({
  name: 'pension',
  entity: person,
  valueType: 'float',
  definitionPeriod: 'month',
  label: 'Pension for the elderly',
  unit: 'currency-EUR',
  reference: ['https://law.gov.example/pension'],
  formula: formula({ age }, ({ age }, p) => Number(age >= p.general.age_of_retirement)),
});

/**
 * Housing allowance: a fraction of the rent, from January 1980 until it ends on 30 November
 * 2016.
 *
 * @since 0.1.0
 */
export const housing_allowance = defineVariable({
  name: 'housing_allowance',
  entity: household,
  valueType: 'float',
  definitionPeriod: 'month',
  label: 'Housing allowance',
  unit: 'currency-EUR',
  reference: 'https://law.gov.example/housing_allowance',
  documentation: 'This allowance was introduced on the 1st of January 1980 and removed on the 1st of December 2016.',
  end: '2016-11-30',
  formulas: {
    '1980-01-01': formula({ rent }, ({ rent }, p) => rent * p.benefits.housing_allowance),
  },
});

/**
 * Sum of the salaries of the household's members.
 *
 * @since 0.1.0
 */
export const household_income = defineVariable({
  name: 'household_income',
  entity: household,
  valueType: 'float',
  definitionPeriod: 'month',
  label: 'The sum of the salaries of those living in a household',
  unit: 'currency-EUR',
  formula: formula({ salaries: sum(salary) }, ({ salaries }) => salaries),
});

/**
 * Parenting allowance: paid to a household with a small income that has either a single adult
 * and a member under 8, or a member under 6. Paid once even when both conditions hold.
 *
 * @since 0.1.0
 */
export const parenting_allowance = defineVariable({
  name: 'parenting_allowance',
  entity: household,
  valueType: 'float',
  definitionPeriod: 'month',
  label: 'Allowance for low income people with children to care for',
  unit: 'currency-EUR',
  reference: 'https://law.gov.example/parenting_allowance',
  documentation: 'Loosely based on the Australian parenting pension.',
  formula: formula(
    {
      income: household_income,
      adults: count(household.roles.adult),
      memberUnder8: any(age, (years) => years < 8),
      memberUnder6: any(age, (years) => years < 6),
    },
    ({ income, adults, memberUnder8, memberUnder6 }, p) => {
      const allowance = p.benefits.parenting_allowance;
      const eligible = (adults === 1 && memberUnder8) || memberUnder6;
      return Number(income <= allowance.income_threshold && eligible) * allowance.amount;
    },
  ),
});

/**
 * Sum of the benefits the household receives: its members' basic incomes and its housing
 * allowance.
 *
 * @since 0.1.0
 */
export const total_benefits = defineVariable({
  name: 'total_benefits',
  entity: household,
  valueType: 'float',
  definitionPeriod: 'month',
  label: 'Sum of the benefits perceived by a household',
  unit: 'currency-EUR',
  formula: formula({ basicIncomes: sum(basic_income), housingAllowance: housing_allowance }, ({ basicIncomes, housingAllowance }) => basicIncomes + housingAllowance),
});
