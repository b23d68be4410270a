import { basic_income, household_income, housing_allowance, parenting_allowance, pension, total_benefits } from './benefits.js';
import { age, birth } from './demographics.js';
import { disposable_income } from './disposable-income.js';
import { accommodation_size, housing_occupancy_status, postal_code, rent } from './housing.js';
import { capital_returns, salary } from './income.js';
import { housing_tax, income_tax, social_security_contribution, total_taxes } from './taxes.js';

/**
 * Every variable of the country, in the order the docs list them.
 *
 * @since 0.1.0
 */
export const variables = [
  birth,
  age,
  salary,
  capital_returns,
  basic_income,
  pension,
  income_tax,
  social_security_contribution,
  accommodation_size,
  rent,
  housing_occupancy_status,
  postal_code,
  household_income,
  housing_allowance,
  parenting_allowance,
  housing_tax,
  total_benefits,
  total_taxes,
  disposable_income,
] as const;
