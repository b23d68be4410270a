import { describe, expect, it } from 'vitest';
import { SimulationError } from '../src/errors/simulation-error.js';
import { formula } from '../src/formulas/formula.js';
import { parameterTreeFromFiles } from '../src/parameters/parameter-files.js';
import { compareReform } from '../src/reforms/compare-reform.js';
import { defineReform } from '../src/reforms/reform.js';
import { simulationFromSituation } from '../src/situations/simulation-from-situation.js';
import { TaxBenefitSystem } from '../src/system/tax-benefit-system.js';
import type { Column } from '../src/variables/value-type.js';
import { defineVariable } from '../src/variables/variable.js';
import { income_tax, person, salary } from './fixtures/mini-country.js';
import { miniSystem } from './fixtures/mini-system.js';

const values = (column: Column): unknown[] => Array.from(column as ArrayLike<unknown>);
const situation = { persons: { Ari: { salary: { '2017-01': 2000, '2016-12': 2000 } } } };

const has_car = defineVariable({ name: 'has_car', entity: person, valueType: 'bool', definitionPeriod: 'month', defaultValue: true });
const new_tax = defineVariable({
  name: 'new_tax',
  entity: person,
  valueType: 'float',
  definitionPeriod: 'month',
  formula: formula({ income_tax, has_car }, ({ income_tax, has_car }) => (has_car ? income_tax + 100 : 0)),
});

describe('reforms', () => {
  it('adds variables', () => {
    const reformed = defineReform({ name: 'add_new_tax', add: [has_car, new_tax] })(miniSystem());
    // income tax 2000 × 0.15 = 300, plus 100
    expect(values(simulationFromSituation(reformed, situation).calculate('new_tax', '2017-01'))).toEqual([400]);
  });

  it('updates a variable’s formula, keeping the rest of its definition', () => {
    const system = miniSystem();
    const reformed = defineReform({ name: 'flat', update: { income_tax: { formula: formula({ salary }, ({ salary }) => salary * 0.03), label: 'Flat income tax' } } })(system);
    expect(values(simulationFromSituation(reformed, situation).calculate('income_tax', '2017-01'))).toEqual([60]);
    expect(reformed.variable('income_tax').label).toBe('Flat income tax');
    expect(reformed.variable('income_tax').definitionPeriod).toBe('month');
    expect(reformed.baseline).toBe(system);
    expect(values(simulationFromSituation(system, situation).calculate('income_tax', '2017-01'))).toEqual([300]);
  });

  it('replaces a variable, and formulas reading it see the replacement', () => {
    const doubled = defineVariable({ name: 'salary', entity: person, valueType: 'float', definitionPeriod: 'month', defaultValue: 1000 });
    const reformed = defineReform({ name: 'replace', replace: [doubled] })(miniSystem());
    expect(values(simulationFromSituation(reformed, { persons: { Ari: {} } }).calculate('income_tax', '2017-01'))).toEqual([150]);
  });

  it('neutralises a variable: default value, inputs ignored with a warning', () => {
    const reformed = defineReform({ name: 'removal', neutralise: ['income_tax'] })(miniSystem());
    const simulation = simulationFromSituation(reformed, { persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': 999 } } } });
    expect(values(simulation.calculate('income_tax', '2017-01'))).toEqual([0]);
    expect(simulation.warnings.map((warning) => [warning.code, warning.variable, warning.period])).toEqual([['neutralised_input', 'income_tax', '2017-01']]);
  });

  it('edits parameters from a date and over a range', () => {
    const parameters = parameterTreeFromFiles([{ path: 'taxes/income_tax_rate.yaml', text: 'values:\n  2015-01-01: 0.15\n' }]);
    const system = new TaxBenefitSystem({ entities: [person, miniSystem().entities[1] as never], variables: [salary, income_tax], parameters });
    const fromDate = defineReform({ name: 'raise', parameters: (edit) => { edit.update('taxes.income_tax_rate', { start: '2017-01-01', value: 0.2 }); } })(system);
    const run = (target: TaxBenefitSystem, period: string) => values(simulationFromSituation(target, situation).calculate('income_tax', period));
    expect([run(fromDate, '2016-12'), run(fromDate, '2017-01')]).toEqual([[300], [400]]);
    const range = defineReform({ name: 'december', parameters: (edit) => { edit.update('taxes.income_tax_rate', { start: '2016-12-01', stop: '2016-12-31', value: 0.1 }); } })(system);
    expect([run(range, '2016-12'), run(range, '2017-01')]).toEqual([[200], [300]]);
  });

  it('runs baseline and reform on the same population and diffs the outputs', () => {
    const system = miniSystem();
    const baseline = simulationFromSituation(system, { persons: { Ari: { salary: { '2017-01': 2000 } }, Bo: { salary: { '2017-01': 1000 } } } });
    const flat = defineReform({ name: 'flat', update: { income_tax: { formula: formula({ salary }, ({ salary }) => salary * 0.1) } } })(system);
    const { comparisons } = compareReform(baseline, flat, ['income_tax'], '2017-01');
    // 300 → 200 and 150 → 100
    expect(values(comparisons.income_tax?.difference as Column)).toEqual([-100, -50]);
    expect([comparisons.income_tax?.baselineTotal, comparisons.income_tax?.reformTotal]).toEqual([450, 300]);
  });

  it('rejects changes that do not fit the system', () => {
    const attempts = [
      defineReform({ name: 'twice', add: [salary] }),
      defineReform({ name: 'missing', update: { salery: { label: 'x' } } }),
      defineReform({ name: 'gone', neutralise: ['nothing'] }),
      defineReform({ name: 'no tree', parameters: () => undefined }),
    ];
    for (const reform of attempts) {
      expect(() => reform(miniSystem())).toThrow(SimulationError);
      try {
        reform(miniSystem());
      } catch (error) {
        expect((error as SimulationError).code).toBe('invalid_reform');
      }
    }
  });
});
