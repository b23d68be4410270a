import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SimulationError, type MarginalRateScale } from '../../src/index.js';
import { loadParameters, loadParametersSync } from '../../src/node.js';

const directory = fileURLToPath(new URL('../fixtures/parameters/country', import.meta.url));

describe('loading a template-country parameter directory', () => {
  const tree = loadParametersSync(directory);

  it('builds one node per directory and one child per file, sorted by name', () => {
    expect([...tree.root.children.keys()]).toEqual(['benefits', 'general', 'taxes']);
    expect(tree.get('benefits').kind).toBe('node');
    expect(tree.get('benefits.parenting_allowance.income_threshold').kind).toBe('parameter');
    expect(tree.get('taxes/housing_tax').kind).toBe('node');
    expect(tree.get('taxes.housing_tax.rate').kind).toBe('parameter');
    expect(tree.get('taxes.social_security_contribution').kind).toBe('scale');
  });

  it('reads index.yaml as the description of its directory', () => {
    const benefits = tree.get('benefits');
    expect(benefits.description).toBe('Social benefits');
    expect(benefits.documentation).toBe('Benefits paid by the state.\n');
  });

  it('keeps metadata at the parameter and value levels', () => {
    const basicIncome = tree.get('benefits.basic_income');
    expect(basicIncome.metadata).toEqual({ unit: 'currency-EUR' });
    if (basicIncome.kind !== 'parameter') throw new Error('expected a parameter');
    expect(basicIncome.history.entries[0]?.metadata).toEqual({ reference: 'https://law.example/basic_income' });
  });

  it('evaluates the tree at an instant (figures from the country template)', () => {
    const p = tree.at('2017-01') as unknown as {
      benefits: { basic_income: number; parenting_allowance: { amount: number; income_threshold: number } };
      general: { age_of_majority: number; age_of_retirement: number };
      taxes: { income_tax_rate: number; housing_tax: { rate: number; minimal_amount: number }; social_security_contribution: MarginalRateScale };
    };
    expect(p.benefits.basic_income).toBe(600);
    expect(p.benefits.parenting_allowance).toEqual({ amount: 600, income_threshold: 500 });
    expect(p.general.age_of_majority).toBe(18);
    expect(p.general.age_of_retirement).toBe(62);
    expect(p.taxes.income_tax_rate).toBe(0.15); // the 2016 `expected` placeholder keeps 0.15
    expect(p.taxes.housing_tax).toEqual({ rate: 10, minimal_amount: 200 });
    const scale = p.taxes.social_security_contribution;
    expect(scale.thresholds).toEqual([0, 6000, 12400]);
    expect(scale.rates).toEqual([0.02, 0.06, 0.12]);
    // 0.02 × 6000 + 0.06 × 6400 + 0.12 × 1600 = 120 + 384 + 192 = 696
    expect(scale.calc(14000)).toBeCloseTo(696, 10);
  });

  it('reads dates written out of order', () => {
    expect(tree.valueAt('general.age_of_retirement', '2016-12-31')).toBe(60.33);
    expect(tree.valueAt('general.age_of_retirement', '2017-01-01')).toBe(62);
    expect(tree.valueAt('general.age_of_majority', '1970-12')).toBe(21);
  });

  it('stops a parameter at a null value, naming the parameter and the instant', () => {
    expect(tree.at('2016-11').benefits).toHaveProperty('housing_allowance', 0.25);
    const benefits = tree.at('2016-12').benefits as Record<string, unknown>;
    expect(Object.keys(benefits)).not.toContain('housing_allowance');
    try {
      expect(benefits['housing_allowance']).toBeUndefined();
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(SimulationError);
      expect((error as SimulationError).code).toBe('parameter_not_found_at_instant');
      expect((error as SimulationError).location).toMatchObject({ parameter: 'benefits.housing_allowance', instant: '2016-12-01' });
    }
  });

  it('has no value before the first date', () => {
    expect(() => tree.valueAt('benefits.basic_income', '2015-11-30')).toThrow(expect.objectContaining({ code: 'parameter_not_found_at_instant' }) as Error);
  });

  it('names files as the directory joined with their path', () => {
    expect(tree.get('taxes.income_tax_rate').source).toEqual({ file: `${directory}/taxes/income_tax_rate.yaml`, line: 1, column: 1 });
  });

  it('loads asynchronously to the same tree', async () => {
    const loaded = await loadParameters(directory);
    expect(loaded.leaves().map((leaf) => leaf.id)).toEqual(tree.leaves().map((leaf) => leaf.id));
  });

  it('lists every leaf parameter and scale', () => {
    expect(tree.leaves().map((leaf) => leaf.id)).toEqual([
      'benefits.basic_income',
      'benefits.housing_allowance',
      'benefits.parenting_allowance.amount',
      'benefits.parenting_allowance.income_threshold',
      'general.age_of_majority',
      'general.age_of_retirement',
      'taxes.housing_tax.rate', // keys inside one file keep the file's order
      'taxes.housing_tax.minimal_amount',
      'taxes.income_tax_rate',
      'taxes.social_security_contribution',
    ]);
  });
});
