import { describe, expect, it } from 'vitest';
import { editParameters, type MarginalRateScale, type ParameterEditor } from '../../src/index.js';
import { countryTree } from './country-tree.js';

const ssc = 'taxes.social_security_contribution';

describe('editParameters', () => {
  it('changes a parameter from a date, leaving the original tree alone', () => {
    const reform = editParameters(countryTree, (edit) => {
      edit.update('taxes.income_tax_rate', { start: '2017-01-01', value: 0.2 });
    });
    expect(reform.valueAt('taxes.income_tax_rate', '2016-12')).toBe(0.15);
    expect(reform.valueAt('taxes.income_tax_rate', '2017-01')).toBe(0.2);
    expect(reform.valueAt('taxes.income_tax_rate', '2040-01')).toBe(0.2);
    expect(countryTree.valueAt('taxes.income_tax_rate', '2017-01')).toBe(0.15);
  });

  it('changes a parameter over a range, after which the old value resumes', () => {
    const reform = editParameters(countryTree, (edit) => {
      edit.update('taxes.income_tax_rate', { start: '2013-06-01', stop: '2014-06-30', value: 0.5 });
    });
    expect(reform.valueAt('taxes.income_tax_rate', '2013-05')).toBe(0.13);
    expect(reform.valueAt('taxes.income_tax_rate', '2013-06')).toBe(0.5);
    expect(reform.valueAt('taxes.income_tax_rate', '2014-06-30')).toBe(0.5);
    expect(reform.valueAt('taxes.income_tax_rate', '2014-07-01')).toBe(0.14); // the 2014 value, which the range covered
    expect(reform.valueAt('taxes.income_tax_rate', '2015-06')).toBe(0.15);
  });

  it('brings back a stopped parameter over a range', () => {
    const reform = editParameters(countryTree, (edit) => {
      edit.update('benefits.housing_allowance', { start: '2017-01-01', stop: '2017-12-31', value: 0.3 });
    });
    expect(reform.valueAt('benefits.housing_allowance', '2017-05')).toBe(0.3);
    expect(() => reform.valueAt('benefits.housing_allowance', '2018-01')).toThrow(expect.objectContaining({ code: 'parameter_not_found_at_instant' }) as Error);
  });

  it('edits scale brackets as the modify_social_security_taxation reform does', () => {
    const reform = editParameters(countryTree, (edit) => {
      const scale = edit.scale(ssc);
      scale.mapBracket(1, 'rate', (rate) => rate + 0.1);
      scale.removeBracket(0);
      scale.addBracket({ threshold: { '2017-01-01': 40000 }, rate: { '2017-01-01': 0.4 } });
    });
    const scale = reform.valueAt(ssc, '2017-01') as MarginalRateScale;
    expect(scale.thresholds).toEqual([6000, 12400, 40000]);
    expect(scale.rates.map((rate) => Math.round(rate * 1000) / 1000)).toEqual([0.16, 0.12, 0.4]);
    // 0.16 × 6400 + 0.12 × 27600 + 0.4 × 10000 = 1024 + 3312 + 4000
    expect(scale.calc(50000)).toBeCloseTo(8336, 6);
    expect((countryTree.valueAt(ssc, '2017-01') as MarginalRateScale).thresholds).toEqual([0, 6000, 12400]);
  });

  it('changes a bracket threshold over dates', () => {
    const reform = editParameters(countryTree, (edit) => {
      edit.scale(ssc).updateBracket(2, 'threshold', { start: '2018-01-01', value: 20000 });
    });
    expect((reform.valueAt(ssc, '2017-06') as MarginalRateScale).thresholds).toEqual([0, 6000, 12400]);
    expect((reform.valueAt(ssc, '2018-06') as MarginalRateScale).thresholds).toEqual([0, 6000, 20000]);
  });

  it('adds and removes parameters', () => {
    const reform = editParameters(countryTree, (edit) => {
      edit.addParameter('taxes.new_tax.amount', { '2017-01-01': 100 }, 'A new tax');
      edit.remove('benefits.basic_income');
    });
    expect(reform.valueAt('taxes.new_tax.amount', '2017-01')).toBe(100);
    expect(reform.get('taxes.new_tax.amount').description).toBe('A new tax');
    expect(reform.find('benefits.basic_income')).toBeUndefined();
    expect(countryTree.find('benefits.basic_income')).toBeDefined();
  });

  it.each([
    ['an unknown parameter', (edit: ParameterEditor) => { edit.update('taxes.nope', { start: '2017', value: 1 }); }, 'unknown_parameter'],
    ['a scale edited as a parameter', (edit: ParameterEditor) => { edit.update(ssc, { start: '2017', value: 1 }); }, 'invalid_parameter_edit'],
    ['a bracket out of range', (edit: ParameterEditor) => { edit.scale(ssc).removeBracket(7); }, 'invalid_parameter_edit'],
    ['a stop before the start', (edit: ParameterEditor) => { edit.update('taxes.income_tax_rate', { start: '2017', stop: '2016-12-31', value: 1 }); }, 'invalid_parameter_edit'],
  ])('rejects %s', (_what, change, code) => {
    expect(() => editParameters(countryTree, change)).toThrow(expect.objectContaining({ code }) as Error);
  });
});
