import { describe, expect, it } from 'vitest';
import { describeParameter, listParameters } from '../../src/index.js';
import { countryDirectory, countryTree } from './country-tree.js';

describe('describeParameter (the Web API shapes)', () => {
  it('describes a parameter with its values newest first', () => {
    const description = describeParameter(countryTree, 'taxes.income_tax_rate');
    expect(description).toEqual({
      id: 'taxes.income_tax_rate',
      description: 'Income tax rate',
      metadata: { unit: '/1' },
      source: `${countryDirectory}/taxes/income_tax_rate.yaml`,
      values: { '2015-01-01': 0.15, '2014-01-01': 0.14, '2013-01-01': 0.13, '2012-01-01': 0.16 },
    });
    expect(Object.keys(description?.values ?? {})).toEqual(['2015-01-01', '2014-01-01', '2013-01-01', '2012-01-01']);
  });

  it('keeps null, documentation, and accepts slashes', () => {
    expect(describeParameter(countryTree, 'benefits/housing_allowance')).toMatchObject({
      id: 'benefits.housing_allowance',
      documentation: 'From the 1st of Dec 2016, the housing allowance no longer exists.\n',
      values: { '2016-12-01': null, '2010-01-01': 0.25 },
    });
  });

  it('describes a scale as its brackets at each date', () => {
    const description = describeParameter(countryTree, 'taxes.social_security_contribution');
    expect(description?.brackets).toEqual({
      '2017-01-01': { '0': 0.02, '6000': 0.06, '12400': 0.12 },
      '2016-01-01': { '0': 0.04, '12300': 0.12 },
      '2015-01-01': { '0': 0.04, '12200': 0.12 },
      '2014-01-01': { '0': 0.03, '12100': 0.1 },
      '2013-01-01': { '0': 0.03, '12000': 0.1 },
    });
    expect(Object.keys(description?.brackets ?? {})[0]).toBe('2017-01-01');
    expect(description).not.toHaveProperty('values');
  });

  it('describes a node by its children', () => {
    expect(describeParameter(countryTree, 'benefits')).toEqual({
      id: 'benefits',
      description: 'Social benefits',
      documentation: 'Benefits paid by the state.\n',
      metadata: { order: ['basic_income', 'housing_allowance', 'parenting_allowance'] },
      source: `${countryDirectory}/benefits/index.yaml`,
      subparams: {
        basic_income: { description: 'Amount of the basic income' },
        housing_allowance: { description: 'Housing allowance amount (as a fraction of the rent)' },
        parenting_allowance: { description: null },
      },
    });
  });

  it('gives nothing for an unknown id', () => {
    expect(describeParameter(countryTree, 'taxes.nope')).toBeUndefined();
  });

  it('lists every leaf parameter and scale', () => {
    const list = listParameters(countryTree);
    expect(Object.keys(list)).toHaveLength(10);
    expect(list['taxes.social_security_contribution']).toEqual({ description: 'Social security contribution tax scale' });
    expect(list['taxes.housing_tax.rate']).toEqual({ description: null });
  });
});
