// The bench's country: the template country's kind of legislation (age from a birth date, a
// marginal rate scale, group sums, conditions, a yearly tax divided to months), written with
// the public API from the built package.
import {
  any,
  count,
  defineEnum,
  defineGroupEntity,
  definePersonEntity,
  defineVariable,
  divide,
  at,
  formula,
  parameterTreeFromFiles,
  sum,
  ageOn,
  TaxBenefitSystem,
} from '../dist/index.js';

const parameters = parameterTreeFromFiles([
  { path: 'benefits/basic_income.yaml', text: 'values:\n  2015-12-01: 600\n' },
  { path: 'benefits/housing_allowance.yaml', text: 'values:\n  2010-01-01: 0.25\n' },
  { path: 'benefits/parenting_allowance.yaml', text: 'amount:\n  values:\n    2015-12-01: 600\nincome_threshold:\n  values:\n    2015-12-01: 500\n' },
  { path: 'general/age_of_majority.yaml', text: 'values:\n  1945-01-01: 21\n  1971-01-01: 18\n' },
  { path: 'general/age_of_retirement.yaml', text: 'values:\n  2017-01-01: 62\n  1951-07-01: 60.33\n' },
  { path: 'taxes/housing_tax.yaml', text: 'rate:\n  2010-01-01: 10\nminimal_amount:\n  2010-01-01: 200\n' },
  { path: 'taxes/income_tax_rate.yaml', text: 'values:\n  2015-01-01: 0.15\n' },
  {
    path: 'taxes/social_security_contribution.yaml',
    text: [
      'brackets:',
      '  - threshold: {2013-01-01: {value: 0}}',
      '    rate: {2013-01-01: {value: 0.03}, 2015-01-01: {value: 0.04}, 2017-01-01: {value: 0.02}}',
      '  - threshold: {2013-01-01: {value: 12000}, 2017-01-01: {value: 6000}}',
      '    rate: {2013-01-01: {value: 0.10}, 2017-01-01: {value: 0.06}}',
      '  - threshold: {2017-01-01: {value: 12400}}',
      '    rate: {2017-01-01: {value: 0.12}}',
      '',
    ].join('\n'),
  },
]);

export const person = definePersonEntity({ key: 'person', plural: 'persons' });
export const household = defineGroupEntity({ key: 'household', plural: 'households', roles: [{ key: 'adult', plural: 'adults' }, { key: 'child', plural: 'children' }] });
export const HousingOccupancyStatus = defineEnum('HousingOccupancyStatus', { owner: 'Owner', tenant: 'Tenant', free_lodger: 'Free lodger', homeless: 'Homeless' });

const month = { definitionPeriod: 'month', valueType: 'float' };
const birth = defineVariable({ name: 'birth', entity: person, valueType: 'date', definitionPeriod: 'eternity', defaultValue: '1970-01-01' });
const salary = defineVariable({ name: 'salary', entity: person, ...month, setInputPolicy: 'divideByPeriod' });
const capital_returns = defineVariable({ name: 'capital_returns', entity: person, ...month, setInputPolicy: 'divideByPeriod' });
const accommodation_size = defineVariable({ name: 'accommodation_size', entity: household, ...month });
const rent = defineVariable({ name: 'rent', entity: household, ...month });
const housing_occupancy_status = defineVariable({ name: 'housing_occupancy_status', entity: household, valueType: 'enum', possibleValues: HousingOccupancyStatus, defaultValue: 'tenant', definitionPeriod: 'month' });

const age = defineVariable({ name: 'age', entity: person, valueType: 'int', definitionPeriod: 'month', formula: formula({ birth }, ({ birth }, _p, period) => ageOn(birth, period.start)) });
const basic_income = defineVariable({
  name: 'basic_income', entity: person, ...month,
  formulas: {
    '2015-12-01': formula({ age, salary }, ({ age, salary }, p) => (age >= p.general.age_of_majority && salary === 0 ? p.benefits.basic_income : 0)),
    '2016-12-01': formula({ age }, ({ age }, p) => (age >= p.general.age_of_majority ? p.benefits.basic_income : 0)),
  },
});
const pension = defineVariable({ name: 'pension', entity: person, ...month, formula: formula({ age }, ({ age }, p) => (age >= p.general.age_of_retirement ? 1 : 0)) });
const income_tax = defineVariable({
  name: 'income_tax', entity: person, ...month,
  formula: formula({ salary, capital_returns, pension }, ({ salary, capital_returns, pension }, p) => (salary + capital_returns + pension) * p.taxes.income_tax_rate),
});
const social_security_contribution = defineVariable({
  name: 'social_security_contribution', entity: person, ...month,
  formula: formula({ salary }, ({ salary }, p) => p.taxes.social_security_contribution.calc(salary)),
});
const household_income = defineVariable({ name: 'household_income', entity: household, ...month, formula: formula({ salaries: sum(salary) }, ({ salaries }) => salaries) });
const housing_allowance = defineVariable({
  name: 'housing_allowance', entity: household, ...month, end: '2016-11-30',
  formulas: { '1980-01-01': formula({ rent }, ({ rent }, p) => rent * p.benefits.housing_allowance) },
});
const parenting_allowance = defineVariable({
  name: 'parenting_allowance', entity: household, ...month,
  formula: formula(
    { income: household_income, adults: count(household.roles.adult), under8: any(age, (age) => age < 8), under6: any(age, (age) => age < 6) },
    ({ income, adults, under8, under6 }, p) => {
      const allowance = p.benefits.parenting_allowance;
      return ((adults === 1 && under8) || under6) && income <= allowance.income_threshold ? allowance.amount : 0;
    },
  ),
});
const housing_tax = defineVariable({
  name: 'housing_tax', entity: household, valueType: 'float', definitionPeriod: 'year',
  formula: formula(
    { size: at(accommodation_size, (period) => period.firstMonth), status: at(housing_occupancy_status, (period) => period.firstMonth) },
    ({ size, status }, p) => (status === HousingOccupancyStatus.owner || status === HousingOccupancyStatus.tenant ? Math.max(size * p.taxes.housing_tax.rate, p.taxes.housing_tax.minimal_amount) : 0),
  ),
});
const total_benefits = defineVariable({
  name: 'total_benefits', entity: household, ...month,
  formula: formula({ basicIncomes: sum(basic_income), housing: housing_allowance }, ({ basicIncomes, housing }) => basicIncomes + housing),
});
const total_taxes = defineVariable({
  name: 'total_taxes', entity: household, ...month,
  formula: formula(
    { incomeTaxes: sum(income_tax), contributions: sum(social_security_contribution), housingTax: divide(housing_tax) },
    ({ incomeTaxes, contributions, housingTax }) => incomeTaxes + contributions + housingTax,
  ),
});
const disposable_income = defineVariable({
  name: 'disposable_income', entity: household, ...month,
  formula: formula(
    {
      salaries: sum(salary), capital: sum(capital_returns), pensions: sum(pension), basicIncomes: sum(basic_income),
      housing: housing_allowance, parenting: parenting_allowance, incomeTaxes: sum(income_tax), housingTax: divide(housing_tax), contributions: sum(social_security_contribution),
    },
    (r) => r.salaries + r.capital + r.pensions + r.basicIncomes + r.housing + r.parenting - r.incomeTaxes - r.housingTax - r.contributions,
  ),
});

export const outputs = [
  'age', 'basic_income', 'pension', 'income_tax', 'social_security_contribution', 'household_income',
  'housing_allowance', 'parenting_allowance', 'housing_tax', 'total_benefits', 'total_taxes', 'disposable_income',
];

export const system = new TaxBenefitSystem({
  entities: [person, household],
  variables: [birth, salary, capital_returns, accommodation_size, rent, housing_occupancy_status, age, basic_income, pension, income_tax, social_security_contribution,
    household_income, housing_allowance, parenting_allowance, housing_tax, total_benefits, total_taxes, disposable_income],
  parameters,
});
