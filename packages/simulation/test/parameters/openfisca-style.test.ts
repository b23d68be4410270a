import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParameterLookup, type MarginalRateScale, type SingleAmountScale } from '../../src/index.js';
import { loadParametersSync } from '../../src/node.js';

const directory = fileURLToPath(new URL('../fixtures/parameters/openfisca-style', import.meta.url));
const tree = loadParametersSync(directory);

describe('a parameter directory written like large OpenFisca country packages', () => {
  it('orders children by the index.yaml metadata.order', () => {
    expect([...tree.root.children.keys()]).toEqual(['taxes', 'benefits']);
    expect(tree.root.description).toBe('Legislation written the way large OpenFisca country packages write it');
  });

  it('reads nested parameters in one file, dated references, anchors and placeholders', () => {
    const p = tree.at('2024-06') as unknown as { benefits: { child_benefit: { age_limit: number; repeated: number; defaults: number } } };
    expect(p.benefits.child_benefit.age_limit).toBe(20); // `expected` from 2024 keeps 20
    expect(p.benefits.child_benefit.repeated).toBe(1);
    expect(p.benefits.child_benefit.defaults).toBe(1);
    expect(tree.get('benefits.child_benefit.age_limit').metadata).toMatchObject({ unit: 'year', last_value_still_valid_on: '2024-01-01' });
  });

  it('reads list values', () => {
    expect(tree.valueAt('benefits.child_benefit.eligible_statuses', '2019-12')).toEqual(['employee', 'self_employed']);
    expect(tree.valueAt('benefits.child_benefit.eligible_statuses', '2020-07')).toEqual(['employee', 'self_employed', 'student']);
  });

  it('gives vectorial access by rank', () => {
    const node = (tree.at('2019') as unknown as { benefits: { child_benefit: { amount_by_rank: object } } }).benefits.child_benefit.amount_by_rank;
    const lookup = ParameterLookup.fromNode(node);
    expect(Array.from(lookup.byInteger(Int32Array.of(3, 1, 2), new Float64Array(3)))).toEqual([70, 30.5, 50.25]);
  });

  it('reads scales whose brackets mix `values:` and dates as keys', () => {
    const in2019 = tree.valueAt('taxes.income_tax', '2019-06') as MarginalRateScale;
    expect(in2019.thresholds).toEqual([0, 10064, 27794, 74517]);
    expect(in2019.rates).toEqual([0, 0.14, 0.3, 0.41]);
    // 0.14 × (27794 − 10064) + 0.3 × (30000 − 27794) = 2482.2 + 661.8 = 3144
    expect(in2019.calc(30000)).toBeCloseTo(3144, 6);
    const in2020 = tree.valueAt('taxes.income_tax', '2020-06') as MarginalRateScale;
    expect(in2020.thresholds).toEqual([0, 10084, 25710, 74517]);
    // 0.11 × (25710 − 10084) + 0.3 × (30000 − 25710) = 1718.86 + 1287 = 3005.86
    expect(in2020.calc(30000)).toBeCloseTo(3005.86, 6);
    expect(tree.get('taxes.income_tax').documentation).toBe('Progressive scale.\n\nThresholds are revalued each year.\n');
  });

  it('reads single amount scales', () => {
    const allowance = tree.valueAt('taxes.flat_allowance', '2019') as SingleAmountScale;
    expect(allowance.type).toBe('single_amount');
    expect([0, 999, 1000, 2500].map((income) => allowance.calc(income))).toEqual([300, 300, 150, 0]);
  });
});
