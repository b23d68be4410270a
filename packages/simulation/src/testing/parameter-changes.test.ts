import { describe, expect, it } from 'vitest';
import { parameterTreeFromFiles } from '../parameters/parameter-files.js';
import { readLocatedYaml, type LocatedValue } from './located-yaml.js';
import { applyParameterChanges } from './parameter-changes.js';

const tree = parameterTreeFromFiles([
  { path: 'taxes/income_tax_rate.yaml', text: 'values:\n  2015-01-01: 0.15\n' },
  { path: 'benefits/basic_income.yaml', text: 'values:\n  2015-12-01: 600\n' },
  { path: 'taxes/contribution.yaml', text: 'brackets:\n  - threshold: {2013-01-01: 0}\n    rate: {2013-01-01: 0.1}\n' },
]);

function located(text: string): LocatedValue {
  const document = readLocatedYaml(text);
  if (!document.ok) throw new Error('bad YAML');
  return document.root;
}

describe('applyParameterChanges', () => {
  it('replaces parameters given as a nested tree or by dotted names, keeping the others', () => {
    const result = applyParameterChanges(tree, located('taxes:\n  income_tax_rate:\n    2017-01-01: 0.5\nbenefits.basic_income: 700\n'));
    if (!result.ok) throw new Error(result.message);
    expect(result.tree.valueAt('taxes.income_tax_rate', '2017-01')).toBe(0.5);
    expect(() => result.tree.valueAt('taxes.income_tax_rate', '2016-01')).toThrow(); // the whole history is replaced
    expect(result.tree.valueAt('benefits.basic_income', '1990-01')).toBe(700);
    expect(tree.valueAt('taxes.income_tax_rate', '2017-01')).toBe(0.15);
  });

  it('reads the long form with values and metadata', () => {
    const result = applyParameterChanges(tree, located('taxes:\n  income_tax_rate:\n    values:\n      2016-01-01: {value: 0.2}\n      2017-01-01: expected\n'));
    if (!result.ok) throw new Error(result.message);
    expect(result.tree.valueAt('taxes.income_tax_rate', '2018-01')).toBe(0.2);
  });

  it('replaces the brackets of a scale', () => {
    const result = applyParameterChanges(tree, located('taxes:\n  contribution:\n    brackets:\n      - threshold: {2013-01-01: 100}\n        rate: {2013-01-01: 0.5}\n'));
    if (!result.ok) throw new Error(result.message);
    const scale = result.tree.valueAt('taxes.contribution', '2014-01') as { calc(base: number): number };
    expect(scale.calc(300)).toBe(100); // (300 - 100) × 0.5
  });

  it('refuses a scalar instead of a tree', () => {
    expect(applyParameterChanges(tree, located('0.5'))).toMatchObject({ ok: false });
  });
});
