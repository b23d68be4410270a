import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadParametersSync } from '@civicblocks/simulation/node';
import { describe, expect, it } from 'vitest';
import type { CountryParameters } from '../src/parameters/country-parameters.generated.js';
import { parameters as untyped } from '../src/parameters/parameters.js';
import { generatedParameterModules, outputs } from '../scripts/generate-parameters.mjs';

const parameters = untyped.withType<CountryParameters>();

const folder = join(import.meta.dirname, '..', 'parameters');

// Every change date of every parameter, read one day before and on the day; values from the spec.
describe('the country parameters', { timeout: 30_000 }, () => {
  it('change on their dates', () => {
    const changes: [string, string, string, unknown, unknown][] = [
      ['benefits.parenting_allowance.amount', '2015-11-30', '2015-12-01', undefined, 600],
      ['benefits.parenting_allowance.income_threshold', '2015-11-30', '2015-12-01', undefined, 500],
      ['benefits.basic_income', '2015-11-30', '2015-12-01', undefined, 600],
      ['general.age_of_majority', '1944-12-31', '1945-01-01', undefined, 21],
      ['general.age_of_majority', '1970-12-31', '1971-01-01', 21, 18],
      ['general.age_of_retirement', '1951-06-30', '1951-07-01', undefined, 60.33],
      ['general.age_of_retirement', '2016-12-31', '2017-01-01', 60.33, 62],
      ['taxes.housing_tax.rate', '2009-12-31', '2010-01-01', undefined, 10],
      ['taxes.housing_tax.minimal_amount', '2009-12-31', '2010-01-01', undefined, 200],
      ['taxes.income_tax_rate', '2011-12-31', '2012-01-01', undefined, 0.16],
      ['taxes.income_tax_rate', '2012-12-31', '2013-01-01', 0.16, 0.13],
      ['taxes.income_tax_rate', '2013-12-31', '2014-01-01', 0.13, 0.14],
      ['taxes.income_tax_rate', '2014-12-31', '2015-01-01', 0.14, 0.15],
      ['taxes.income_tax_rate', '2015-12-31', '2016-01-01', 0.15, 0.15], // the 2016 entry is a placeholder
      ['benefits.housing_allowance', '2009-12-31', '2010-01-01', undefined, 0.25],
      ['benefits.housing_allowance', '2016-11-30', '2016-12-01', 0.25, undefined], // stops existing
    ];
    for (const [id, before, on, valueBefore, valueOn] of changes) {
      const read = (day: string): unknown => {
        try {
          return parameters.valueAt(id, day);
        } catch {
          return undefined;
        }
      };
      expect([id, before, read(before)]).toEqual([id, before, valueBefore]);
      expect([id, on, read(on)]).toEqual([id, on, valueOn]);
    }
  });

  it('apply the social security contribution scale of each year', () => {
    // A monthly salary of 20000 against each year's brackets (see tests/social_security_contribution.yaml).
    const expected: [string, number][] = [
      ['2012-12-31', 0],
      ['2013-01-01', 12000 * 0.03 + 8000 * 0.1],
      ['2014-01-01', 12100 * 0.03 + 7900 * 0.1],
      ['2015-01-01', 12200 * 0.04 + 7800 * 0.12],
      ['2016-01-01', 12300 * 0.04 + 7700 * 0.12],
      ['2017-01-01', 6000 * 0.02 + 6400 * 0.06 + 7600 * 0.12],
    ];
    for (const [day, value] of expected) expect(parameters.at(day).taxes.social_security_contribution.calc(20000)).toBeCloseTo(value, 9);
  });

  it('name the parameter and the day when a value is missing', () => {
    let thrown: unknown;
    try {
      parameters.valueAt('benefits.housing_allowance', '2017-01-01');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ code: 'parameter_not_found_at_instant', location: { parameter: 'benefits.housing_allowance', instant: '2017-01-01' } });
  });

  it('carry the documentation and metadata of the YAML files', () => {
    expect(parameters.get('benefits').description).toBe('Social benefits');
    expect(parameters.get('benefits.basic_income').metadata).toMatchObject({ unit: 'currency-EUR' });
  });

  it('load the same through the Node loader as from the embedded module', () => {
    const fromFolder = loadParametersSync(folder);
    for (const day of ['1950-01-01', '1975-06-01', '2013-01-01', '2015-12-01', '2016-11-01', '2017-01-01', '2030-01-01']) {
      expect(JSON.stringify(leavesAt(fromFolder, day))).toBe(JSON.stringify(leavesAt(parameters, day)));
    }
  });

  it('have up-to-date generated modules', () => {
    const expected = generatedParameterModules();
    for (const key of ['data', 'type'] as const) expect(readFileSync(outputs[key], 'utf8'), 'run `pnpm build` in packages/country-template').toBe(expected[key]);
  });
});

function leavesAt(tree: { leaves(): { id: string }[]; valueAt(id: string, day: string): unknown }, day: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const leaf of tree.leaves()) {
    try {
      values[leaf.id] = tree.valueAt(leaf.id, day);
    } catch {
      values[leaf.id] = null;
    }
  }
  return values;
}
