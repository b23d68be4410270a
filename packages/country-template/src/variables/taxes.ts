import { at, defineVariable, sum } from '@civicblocks/simulation';
import { household, person } from '../entities/entities.js';
import { formula } from '../parameters/formula.js';
import { pension } from './benefits.js';
import { accommodation_size, housing_occupancy_status, HousingOccupancyStatus } from './housing.js';
import { capital_returns, salary } from './income.js';

/**
 * Income tax: salary, capital returns and pension, times the income tax rate.
 *
 * @since 0.1.0
 */
export const income_tax = defineVariable({
  name: 'income_tax',
  entity: person,
  valueType: 'float',
  definitionPeriod: 'month',
  label: 'Income tax',
  unit: 'currency-EUR',
  reference: 'https://law.gov.example/income_tax',
  formula: formula({ salary, capital_returns, pension }, ({ salary, capital_returns, pension }, p) => (salary + capital_returns + pension) * p.taxes.income_tax_rate),
});

/**
 * Social security contribution: the marginal rate scale applied to the salary.
 *
 * @since 0.1.0
 */
export const social_security_contribution = defineVariable({
  name: 'social_security_contribution',
  entity: person,
  valueType: 'float',
  definitionPeriod: 'month',
  label: 'Progressive contribution paid on salaries to finance social security',
  unit: 'currency-EUR',
  reference: 'https://law.gov.example/social_security_contribution',
  formula: formula({ salary }, ({ salary }, p) => p.taxes.social_security_contribution.calc(salary)),
});

/**
 * Housing tax, for the year: the accommodation size in January times the rate, at least the
 * minimal amount, for owners and tenants (as they are in January); nothing for others.
 *
 * @since 0.1.0
 */
export const housing_tax = defineVariable({
  name: 'housing_tax',
  entity: household,
  valueType: 'float',
  definitionPeriod: 'year',
  label: 'Tax paid by each household proportionally to the size of its accommodation',
  unit: 'currency-EUR',
  reference: 'https://law.gov.example/housing_tax',
  formula: formula(
    {
      size: at(accommodation_size, (period) => period.firstMonth),
      status: at(housing_occupancy_status, (period) => period.firstMonth),
    },
    ({ size, status }, p) => {
      const tax = p.taxes.housing_tax;
      const ownerOrTenant = status === HousingOccupancyStatus.owner || status === HousingOccupancyStatus.tenant;
      return Number(ownerOrTenant) * Math.max(size * tax.rate, tax.minimal_amount);
    },
  ),
});

/**
 * Sum of the taxes the household pays for the month: its members' income tax and social
 * security contributions, and a twelfth of this year's housing tax.
 *
 * @since 0.1.0
 */
export const total_taxes = defineVariable({
  name: 'total_taxes',
  entity: household,
  valueType: 'float',
  definitionPeriod: 'month',
  label: 'Sum of the taxes paid by a household',
  unit: 'currency-EUR',
  formula: formula(
    {
      incomeTaxes: sum(income_tax),
      contributions: sum(social_security_contribution),
      housingTax: at(housing_tax, (period) => period.thisYear),
    },
    ({ incomeTaxes, contributions, housingTax }) => incomeTaxes + contributions + housingTax / 12,
  ),
});
