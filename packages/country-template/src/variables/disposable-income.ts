import { at, defineVariable, formula, sum } from '@civicblocks/simulation';
import { household } from '../entities/entities.js';
import { basic_income, housing_allowance, parenting_allowance, pension } from './benefits.js';
import { capital_returns, salary } from './income.js';
import { housing_tax, income_tax, social_security_contribution } from './taxes.js';

/**
 * What the household has left for the month: its members' salaries, capital returns, pensions
 * and basic incomes, plus the housing and parenting allowances, minus income tax, a twelfth of
 * the year's housing tax and social security contributions.
 *
 * @since 0.1.0
 */
export const disposable_income = defineVariable({
  name: 'disposable_income',
  entity: household,
  valueType: 'float',
  definitionPeriod: 'month',
  label: 'Actual amount available to the household at the end of the month',
  unit: 'currency-EUR',
  reference: 'https://stats.gov.example/disposable_income',
  formula: formula(
    {
      salaries: sum(salary),
      capitalReturns: sum(capital_returns),
      pensions: sum(pension),
      basicIncomes: sum(basic_income),
      housingAllowance: housing_allowance,
      parentingAllowance: parenting_allowance,
      incomeTaxes: sum(income_tax),
      housingTax: at(housing_tax, (period) => period.thisYear),
      contributions: sum(social_security_contribution),
    },
    (row) =>
      row.salaries + row.capitalReturns + row.pensions + row.basicIncomes + row.housingAllowance + row.parentingAllowance - row.incomeTaxes - row.housingTax / 12 - row.contributions,
  ),
});
