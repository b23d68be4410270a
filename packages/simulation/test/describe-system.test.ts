import { describe, expect, it } from 'vitest';
import { defineGroupEntity, definePersonEntity } from '../src/entities/entity.js';
import { formula } from '../src/formulas/formula.js';
import { defineReform } from '../src/reforms/reform.js';
import { describeEntities, describeVariable, listVariables } from '../src/system/describe-system.js';
import { TaxBenefitSystem } from '../src/system/tax-benefit-system.js';
import { defineEnum } from '../src/variables/enum-type.js';
import { defineVariable } from '../src/variables/variable.js';

const person = definePersonEntity({ key: 'person', plural: 'persons', label: 'Person' });
const household = defineGroupEntity({ key: 'household', plural: 'households', label: 'Household', roles: [{ key: 'adult', plural: 'adults', label: 'Adult' }, { key: 'parent', plural: 'parents', label: 'Parent', max: 2, subroles: ['first_parent', 'second_parent'] }] });
const Status = defineEnum('Status', { owner: 'Owner', tenant: 'Tenant' });
const rent = defineVariable({ name: 'rent', entity: household, valueType: 'float', definitionPeriod: 'month', label: 'Rent', reference: 'https://law.example/rent' });
const status = defineVariable({ name: 'status', entity: household, valueType: 'enum', possibleValues: Status, defaultValue: 'tenant', definitionPeriod: 'month' });
const birth = defineVariable({ name: 'birth', entity: person, valueType: 'date', definitionPeriod: 'eternity', defaultValue: '1970-01-01' });
const housing_allowance = defineVariable({
  name: 'housing_allowance',
  entity: household,
  valueType: 'float',
  definitionPeriod: 'month',
  source: 'https://example.org/housing.ts',
  end: '2016-11-30',
  formulas: { '1980-01-01': formula({ rent }, ({ rent }) => rent * 0.25) },
});
const system = new TaxBenefitSystem({ entities: [person, household], variables: [rent, status, birth, housing_allowance], reforms: { no_rent: defineReform({ name: 'no_rent', neutralise: ['rent'] }) } });

describe('system descriptions for the Web API', () => {
  it('describes a variable with its formulas and its end', () => {
    const description = describeVariable(system.variable('housing_allowance'));
    expect({ ...description, formulas: Object.keys(description.formulas ?? {}) }).toEqual({
      id: 'housing_allowance',
      description: 'housing_allowance',
      valueType: 'Float',
      defaultValue: 0,
      definitionPeriod: 'MONTH',
      entity: 'household',
      source: 'https://example.org/housing.ts',
      formulas: ['1980-01-01', '2016-12-01'],
    });
    expect(description.formulas?.['2016-12-01']).toBeNull();
    expect(description.formulas?.['1980-01-01']?.content).toMatch(/rent \* 0?\.25/);
  });

  it('describes enums, dates and references', () => {
    expect(describeVariable(system.variable('status'))).toMatchObject({ valueType: 'String', defaultValue: 'tenant', possibleValues: { owner: 'Owner', tenant: 'Tenant' } });
    expect(describeVariable(system.variable('birth'))).toMatchObject({ valueType: 'Date', defaultValue: '1970-01-01', definitionPeriod: 'ETERNITY', entity: 'person' });
    expect(describeVariable(system.variable('rent'))).toMatchObject({ description: 'Rent', references: ['https://law.example/rent'] });
  });

  it('lists variables and entities', () => {
    expect(listVariables(system, 'https://api.example')).toMatchObject({ rent: { description: 'Rent', href: 'https://api.example/variable/rent' } });
    expect(describeEntities(system)).toEqual({
      person: { plural: 'persons', description: 'Person', documentation: '' },
      household: {
        plural: 'households',
        description: 'Household',
        documentation: '',
        roles: { adult: { plural: 'adults', description: 'Adult' }, parent: { plural: 'parents', description: 'Parent', max: 2 } },
      },
    });
  });

  it('applies reforms by name, and by the last segment of an OpenFisca dotted path', () => {
    expect(system.withReform('no_rent').isNeutralised('rent')).toBe(true);
    expect(system.withReform('country.reforms.no_rent.no_rent').isNeutralised('rent')).toBe(true);
    expect(() => system.withReform('unknown')).toThrow(/no reform 'unknown'/);
  });
});
