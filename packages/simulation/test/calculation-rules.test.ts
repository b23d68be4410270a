import { describe, expect, it } from 'vitest';
import { definePersonEntity } from '../src/entities/entity.js';
import type { SimulationError } from '../src/errors/simulation-error.js';
import { formula } from '../src/formulas/formula.js';
import { at } from '../src/formulas/period-reads.js';
import { simulationFromColumns } from '../src/simulation/simulation-from-columns.js';
import { TaxBenefitSystem } from '../src/system/tax-benefit-system.js';
import type { Column } from '../src/variables/value-type.js';
import { defineVariable } from '../src/variables/variable.js';
import type { Variable } from '../src/variables/variable.js';
import { miniSystem } from './fixtures/mini-system.js';

const values = (column: Column): unknown[] => Array.from(column as ArrayLike<unknown>);
const person = definePersonEntity({ key: 'person', plural: 'persons' });
const monthly = { entity: person, valueType: 'float', definitionPeriod: 'month' } as const;

function caught(run: () => unknown): SimulationError {
  try {
    run();
  } catch (error) {
    return error as SimulationError;
  }
  throw new Error('expected an error');
}

function simulationOf(variables: readonly Variable[], options: { maxSpiralLoops?: number } = {}) {
  return simulationFromColumns(new TaxBenefitSystem({ entities: [person], variables }), { persons: 2, groups: {} }, options);
}

describe('cycles and spirals', () => {
  it('reports a cycle with the whole cycle', () => {
    const a: Variable = defineVariable({ name: 'a', ...monthly, formula: formula({ b: { kind: 'source', variable: { name: 'b', entity: person, valueType: 'float', definitionPeriod: 'month' }, period: undefined, mode: 'exact' } }, ({ b }) => b as number) });
    const b = defineVariable({ name: 'b', ...monthly, formula: formula({ a }, ({ a }) => a as number) });
    const error = caught(() => simulationOf([a, b]).calculate('a', '2017-01'));
    expect(error.code).toBe('cycle');
    expect(error.message).toContain('a<2017-01> → b<2017-01> → a<2017-01>');
  });

  it('stops a spiral at the configured depth with a warning, caching nothing it touched', () => {
    const counter: Variable = defineVariable({
      name: 'counter',
      ...monthly,
      formula: formula({ previous: { kind: 'source', variable: { name: 'counter', entity: person, valueType: 'float', definitionPeriod: 'month' }, period: (period) => period.lastMonth, mode: 'exact' } }, ({ previous }) => (previous as number) + 1),
    });
    const shallow = simulationOf([counter]);
    // counter(2017-03) reads counter(2017-02), which is stopped at its default 0
    expect(values(shallow.calculate('counter', '2017-03'))).toEqual([1, 1]);
    expect(shallow.warnings.map((warning) => [warning.code, warning.variable, warning.period])).toEqual([['spiral', 'counter', '2017-02']]);
    expect(shallow.get('counter', '2017-02')).toBeUndefined();
    expect(shallow.get('counter', '2017-03')).toBeUndefined();
    const deeper = simulationOf([counter], { maxSpiralLoops: 3 });
    // 2016-12 stopped at 0, then 2017-01 = 1, 2017-02 = 2, 2017-03 = 3
    expect(values(deeper.calculate('counter', '2017-03'))).toEqual([3, 3]);
    expect(deeper.warnings).toHaveLength(1);
  });
});

describe('periods', () => {
  const system = miniSystem();
  const simulation = () => simulationFromColumns(system, { persons: 1, groups: { household: { groupOf: Int32Array.of(0), roleOf: Uint8Array.of(0) } } });

  it('refuses a period of the wrong unit unless asked to add or divide', () => {
    expect(caught(() => simulation().calculate('salary', '2017')).code).toBe('period_mismatch');
    expect(caught(() => simulation().calculate('housing_tax', '2017-01')).code).toBe('period_mismatch');
    expect(caught(() => simulation().calculate('salary', 'month:2017-01:3')).code).toBe('period_mismatch');
    expect(values(simulation().calculate('salary', 'month:2017-01:3', { mode: 'add' }))).toEqual([0]);
    expect(caught(() => simulation().calculate('housing_tax', '2017-01', { mode: 'add' })).code).toBe('period_mismatch');
    expect(values(simulation().calculate('housing_tax', '2017-01', { mode: 'divide' }))).toEqual([200 / 12]);
  });

  it('checks the periods a formula reads', () => {
    const yearly = defineVariable({ name: 'yearly', entity: person, valueType: 'float', definitionPeriod: 'year' });
    const wrong = defineVariable({ name: 'wrong', ...monthly, formula: formula({ yearly }, ({ yearly }) => yearly) });
    const error = caught(() => simulationOf([yearly, wrong]).calculate('wrong', '2017-01'));
    expect({ code: error.code, variable: error.location.variable }).toEqual({ code: 'period_mismatch', variable: 'yearly' });
    expect(error.message).toContain("read by 'wrong'");
  });

  it('reads eternal variables at any period', () => {
    const sim = simulation();
    sim.setInput('birth', '2017-01', ['2000-02-29']);
    expect(sim.values('birth', '1990')).toEqual(['2000-02-29']);
    expect(values(sim.calculate('age', '2017-02'))).toEqual([16]);
    expect(values(sim.calculate('age', '2017-03'))).toEqual([17]);
  });
});

describe('inputs', () => {
  const salaryLike = (policy: 'divideByPeriod' | 'dispatchByPeriod' | undefined) => defineVariable({ name: 'income', ...monthly, ...(policy === undefined ? {} : { setInputPolicy: policy }) });

  it('divides a yearly input over the months not already set', () => {
    const sim = simulationOf([salaryLike('divideByPeriod')]);
    sim.setInput('income', '2017-03', [3000, 0]);
    sim.setInput('income', '2017', [12000, 1200]);
    // (12000 − 3000) / 11 and (1200 − 0) / 11
    expect(values(sim.calculate('income', '2017-01'))).toEqual([9000 / 11, 1200 / 11]);
    expect(values(sim.calculate('income', '2017-03'))).toEqual([3000, 0]);
    const year = values(sim.calculate('income', '2017', { mode: 'add' })) as number[];
    expect(year[0]).toBeCloseTo(12000, 9);
    expect(year[1]).toBeCloseTo(1200, 9);
  });

  it('dispatches an input into each month not already set', () => {
    const sim = simulationOf([salaryLike('dispatchByPeriod')]);
    sim.setInput('income', '2017-05', [1, 2]);
    sim.setInput('income', '2017', [7, 8]);
    expect([values(sim.calculate('income', '2017-01')), values(sim.calculate('income', '2017-05'))]).toEqual([
      [7, 8],
      [1, 2],
    ]);
  });

  it('refuses a longer period without a policy, and values of the wrong type', () => {
    expect(caught(() => { simulationOf([salaryLike(undefined)]).setInput('income', '2017', [1, 2]); }).code).toBe('set_input_mismatch');
    expect(caught(() => { simulationOf([salaryLike(undefined)]).setInput('income', '2017-01', ['a', 'b']); }).code).toBe('invalid_value');
    expect(caught(() => { simulationOf([salaryLike(undefined)]).setInput('income', '2017-01', [1]); }).code).toBe('invalid_columns');
  });

  it('lets an input override a formula', () => {
    const source = salaryLike(undefined);
    const doubled = defineVariable({ name: 'doubled', ...monthly, formula: formula({ source }, ({ source }) => source * 2) });
    const sim = simulationOf([source, doubled]);
    sim.setInput('income', '2017-01', [10, 20]);
    sim.setInput('doubled', '2017-02', [1, 1]);
    expect([values(sim.calculate('doubled', '2017-01')), values(sim.calculate('doubled', '2017-02'))]).toEqual([
      [20, 40],
      [1, 1],
    ]);
  });
});

describe('failures', () => {
  it('leaves no half-filled cache when a formula throws', () => {
    const base = defineVariable({ name: 'base', ...monthly, formula: formula({}, () => 5) });
    const broken = defineVariable({
      name: 'broken',
      ...monthly,
      formula: formula({ base }, ({ base }) => {
        if (base === 5) throw new Error('no rule for this case');
        return base;
      }),
    });
    for (const codeGeneration of ['on', 'off'] as const) {
      const sim = simulationFromColumns(new TaxBenefitSystem({ entities: [person], variables: [base, broken] }), { persons: 2, groups: {} }, { codeGeneration });
      const error = caught(() => sim.calculate('broken', '2017-01'));
      expect({ code: error.code, variable: error.location.variable, period: error.location.period }).toEqual({ code: 'formula_failed', variable: 'base', period: '2017-01' });
      expect([sim.get('base', '2017-01'), sim.get('broken', '2017-01')]).toEqual([undefined, undefined]);
      expect(values(sim.calculate('base', '2017-01'))).toEqual([5, 5]);
    }
  });

  it('refuses formulas that read across entities without a projection', () => {
    const system = miniSystem();
    const household = system.entities[1];
    const salary = system.variable('salary');
    const bad = defineVariable({ name: 'bad', entity: household as never, valueType: 'float', definitionPeriod: 'month', formula: formula({ salary }, ({ salary }) => salary as number) });
    expect(caught(() => new TaxBenefitSystem({ entities: system.entities, variables: [...system.variables.values(), bad] })).code).toBe('invalid_formula');
  });
});

describe('at', () => {
  it('reads another period of the same unit', () => {
    const income = defineVariable({ name: 'income', ...monthly });
    const previous = defineVariable({ name: 'previous', ...monthly, formula: formula({ last: at(income, (period) => period.lastMonth) }, ({ last }) => last) });
    const sim = simulationOf([income, previous]);
    sim.setInput('income', '2016-12', [4, 5]);
    expect(values(sim.calculate('previous', '2017-01'))).toEqual([4, 5]);
  });
});
