// fromTaxBenefitSystem over the engine's template country. Expected values come from
// ../shared/specs/country-template.md, by hand.
import { reforms, system } from '@civicblocks/country-template';
import { describe, expect, it } from 'vitest';
import { createSimulationApi, fromTaxBenefitSystem } from '../src/index.js';
import { post } from './helpers.js';

const country = fromTaxBenefitSystem(system, { parameterSource: (file, line) => `https://example.org/${file}#L${line}` });

describe('fromTaxBenefitSystem', () => {
  it('describes the entities and roles', () => {
    expect(country.packageName).toBe('@civicblocks/country-template');
    expect(country.entities.map((entity) => [entity.key, entity.plural, entity.isPerson, entity.roles.map((role) => role.plural)])).toEqual([
      ['person', 'persons', true, []],
      ['household', 'households', false, ['adults', 'children']],
    ]);
  });

  it('describes the variables: periods, spreading, ends, enums', () => {
    const byName = new Map(country.variables.map((variable) => [variable.name, variable]));
    expect(byName.get('salary')).toMatchObject({ valueType: 'float', definitionPeriod: 'month', entity: 'person', inputSpread: 'divide', formulas: [] });
    expect(byName.get('housing_tax')).toMatchObject({ definitionPeriod: 'year', entity: 'household' });
    expect(byName.get('birth')).toMatchObject({ valueType: 'date', definitionPeriod: 'eternity', defaultValue: '1970-01-01' });
    expect(byName.get('housing_allowance')).toMatchObject({ end: '2016-11-30', formulas: [{ start: '1980-01-01' }] });
    expect(byName.get('housing_occupancy_status')).toMatchObject({ valueType: 'enum', defaultValue: 'tenant', possibleValues: { owner: 'Owner', tenant: 'Tenant', free_lodger: 'Free lodger', homeless: 'Homeless' } });
    expect(byName.get('postal_code')).toMatchObject({ valueType: 'string', maxLength: 5 });
  });

  it('describes the parameter tree with source links', () => {
    expect(country.parameters.children?.map((child) => child.id).sort()).toEqual(['benefits', 'general', 'taxes']);
    const taxes = country.parameters.children?.find((child) => child.id === 'taxes');
    const rate = taxes?.children?.find((child) => child.id === 'taxes.income_tax_rate');
    expect(rate?.kind).toBe('parameter');
    expect(rate?.source).toMatch(/^https:\/\/example\.org\/.*income_tax_rate\.yaml#L\d+$/);
  });

  it('computes through the engine: income tax 300, new tax 400 under add_new_tax', async () => {
    const api = createSimulationApi(country, { reforms: { add_new_tax: { label: 'New tax', system: fromTaxBenefitSystem(reforms.add_new_tax(system)) } } });
    expect((await post(api, '/calculate', { persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': null } } } })).body).toEqual({
      persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': 300 } } },
    });
    expect((await post(api, '/reforms/add_new_tax/calculate', { persons: { Ari: { salary: { '2017-01': 2000 }, new_tax: { '2017-01': null } } } })).body).toEqual({
      persons: { Ari: { salary: { '2017-01': 2000 }, new_tax: { '2017-01': 400 } } },
    });
  });

  it('divides a yearly salary over its months: 24 000 a year is 2 000 a month, taxed 300', async () => {
    const api = createSimulationApi(country);
    const { body } = await post(api, '/calculate', { persons: { Ari: { salary: { '2017': 24000 }, income_tax: { '2017-03': null } } } });
    expect(body).toEqual({ persons: { Ari: { salary: { '2017': 24000 }, income_tax: { '2017-03': 300 } } } });
  });

  it('turns an engine error into a 400 at the requested value', async () => {
    // The income tax rate starts in 2012: there is none to read in 2011.
    const api = createSimulationApi(country);
    const { status, body } = await post(api, '/calculate', { persons: { Ari: { income_tax: { '2011-01': null } } } });
    expect(status).toBe(400);
    expect(body).toEqual({ persons: { Ari: { income_tax: { '2011-01': expect.stringContaining('taxes.income_tax_rate') as string } } } });
  });
});
