import { describe, expect, it } from 'vitest';
import { simulationFromSituation } from '../src/situations/simulation-from-situation.js';
import { miniSystem } from './fixtures/mini-system.js';

describe('tracing', () => {
  const situation = { persons: { Ari: { salary: { '2017-01': 2000 } } }, households: { home: { adults: ['Ari'] } } };

  it('records dependencies, parameters read with their values, and values', () => {
    const simulation = simulationFromSituation(miniSystem(), situation, { trace: true });
    simulation.calculate('income_tax', '2017-01');
    const tree = simulation.tracer?.tree('income_tax', '2017-01');
    expect(tree).toMatchObject({
      variable: 'income_tax',
      period: '2017-01',
      value: [300],
      origin: 'formula',
      parameters: { 'taxes.income_tax_rate<2017-01-01>': 0.15 },
      dependencies: [{ variable: 'salary', period: '2017-01', value: [2000], origin: 'input', dependencies: [] }],
    });
    expect(tree?.formulaTime).toBeGreaterThanOrEqual(0);
  });

  it('renders a readable text', () => {
    const simulation = simulationFromSituation(miniSystem(), situation, { trace: true });
    simulation.calculate('household_income', '2017-01');
    expect(simulation.tracer?.text('household_income', '2017-01')).toBe(['household_income<2017-01> = [2000]', '  salary<2017-01> = [2000] (input)'].join('\n'));
  });

  it('gives the flat shape of the OpenFisca Web API', () => {
    const simulation = simulationFromSituation(miniSystem(), situation, { trace: true });
    simulation.calculate('income_tax', '2017-01');
    const trace = simulation.tracer?.toOpenFisca();
    expect(trace?.requestedCalculations).toEqual(['income_tax<2017-01>']);
    expect(Object.keys(trace?.trace ?? {}).sort()).toEqual(['income_tax<2017-01>', 'salary<2017-01>']);
    expect(trace?.trace['income_tax<2017-01>']).toMatchObject({ dependencies: ['salary<2017-01>'], parameters: { 'taxes.income_tax_rate<2017-01-01>': 0.15 }, value: [300] });
    expect(JSON.parse(JSON.stringify(trace))).toEqual(trace);
  });
});
