// A small country for the YAML test runner's own tests: a person and a household, a few
// variables of every value type, one parameter and two reforms.
import { defineEnum, defineGroupEntity, definePersonEntity, defineVariable, formula, formulaKit, sum, TaxBenefitSystem, type ParameterTree } from '../../src/index.js';
import { parameterTreeFromFiles } from '../../src/parameters/parameter-files.js';
import type { CountryPackage } from '../../src/testing/index.js';

interface FixtureParameters {
  readonly taxes: { readonly rate: number };
}

const { formula: taxFormula } = formulaKit<FixtureParameters>();

const person = definePersonEntity({ key: 'person', plural: 'persons' });
const household = defineGroupEntity({ key: 'household', plural: 'households', roles: [{ key: 'adult', plural: 'adults' }, { key: 'child', plural: 'children' }] });

const Status = defineEnum('Status', { owner: 'Owner', tenant: 'Tenant' });

const salary = defineVariable({ name: 'salary', entity: person, valueType: 'float', definitionPeriod: 'month', setInputPolicy: 'divideByPeriod' });
const birth = defineVariable({ name: 'birth', entity: person, valueType: 'date', definitionPeriod: 'eternity', defaultValue: '1970-01-01' });
const income_tax = defineVariable({
  name: 'income_tax',
  entity: person,
  valueType: 'float',
  definitionPeriod: 'month',
  formula: taxFormula({ salary }, ({ salary }, p) => salary * p.taxes.rate),
});
const is_earner = defineVariable({ name: 'is_earner', entity: person, valueType: 'bool', definitionPeriod: 'month', formula: formula({ salary }, ({ salary }) => salary > 0) });
const status = defineVariable({ name: 'status', entity: household, valueType: 'enum', possibleValues: Status, defaultValue: 'tenant', definitionPeriod: 'month' });
const household_income = defineVariable({ name: 'household_income', entity: household, valueType: 'float', definitionPeriod: 'month', formula: formula({ salaries: sum(salary) }, ({ salaries }) => salaries) });

const parameters: ParameterTree = parameterTreeFromFiles([{ path: 'taxes/rate.yaml', text: 'values:\n  2015-01-01: 0.1\n  2017-01-01: 0.2\n' }]);

const system = new TaxBenefitSystem({ entities: [person, household], variables: [salary, birth, income_tax, is_earner, status, household_income], parameters });

/** The fixture country, with a reform that doubles the income tax. */
export const fixtureCountry: CountryPackage = {
  system,
  reforms: {
    double_tax: (baseline) =>
      new TaxBenefitSystem(
        {
          entities: baseline.entities,
          variables: [...baseline.variables.values()].map((variable) => (variable.name === 'income_tax' ? defineVariable({ ...income_tax.definition, formula: taxFormula({ salary }, ({ salary }, p) => 2 * salary * p.taxes.rate) }) : variable)),
          parameters,
        },
        { baseline },
      ),
  },
};
