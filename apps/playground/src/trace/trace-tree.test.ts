import { describe, expect, it } from 'vitest';
import type { TraceResponse } from '../api/shapes.js';
import { instanceIds, splitTraceKey, traceNode } from './trace-tree.js';

// The trace of one adult born 1970-01-01 with no salary, tenant of 0 m², January 2025, written
// by hand from the template country's rules (basic income 600, housing tax 200 a year).
const response: TraceResponse = {
  trace: {
    'disposable_income<2025-01>': {
      dependencies: ['basic_income<2025-01>', 'housing_tax<2025>'],
      parameters: {},
      value: [583.3333333333334],
      calculation_time: 0.1,
      formula_time: 0.05,
    },
    'basic_income<2025-01>': {
      dependencies: ['age<2025-01>', 'salary<2025-01>'],
      parameters: { 'benefits.basic_income<2025-01-01>': 600, 'general.age_of_majority<2025-01-01>': 18 },
      value: [600],
    },
    'housing_tax<2025>': {
      dependencies: [],
      parameters: { 'taxes.housing_tax.minimal_amount<2025-01-01>': 200 },
      value: [200],
    },
  },
  entitiesDescription: { persons: ['adult_1'], households: ['household'] },
  requestedCalculations: ['disposable_income<2025-01>'],
};

describe('splitTraceKey', () => {
  it('splits the name from the period', () => {
    expect(splitTraceKey('housing_tax<2025>')).toEqual({ name: 'housing_tax', period: '2025' });
    expect(splitTraceKey('taxes.income_tax_rate<2025-01-01>')).toEqual({ name: 'taxes.income_tax_rate', period: '2025-01-01' });
    expect(splitTraceKey('birth<ETERNITY>')).toEqual({ name: 'birth', period: 'ETERNITY' });
    expect(splitTraceKey('plain')).toEqual({ name: 'plain', period: '' });
  });
});

describe('traceNode', () => {
  it('reads the value, the parameters with their dates, and the dependencies', () => {
    expect(traceNode(response, 'basic_income<2025-01>')).toEqual({
      key: 'basic_income<2025-01>',
      variable: 'basic_income',
      period: '2025-01',
      value: [600],
      parameters: [
        { id: 'benefits.basic_income', date: '2025-01-01', value: 600 },
        { id: 'general.age_of_majority', date: '2025-01-01', value: 18 },
      ],
      dependencies: ['age<2025-01>', 'salary<2025-01>'],
    });
  });

  it('answers undefined for a key the trace does not hold', () => {
    expect(traceNode(response, 'salary<2025-01>')).toBeUndefined();
  });
});

describe('instanceIds', () => {
  it('names the instances from the entity when known', () => {
    const node = traceNode(response, 'housing_tax<2025>');
    if (node === undefined) throw new Error('missing node');
    expect(instanceIds(response, node, 'households')).toEqual(['household']);
  });

  it('does not guess when several entities have as many instances as values', () => {
    const node = traceNode(response, 'housing_tax<2025>');
    if (node === undefined) throw new Error('missing node');
    expect(instanceIds(response, node)).toBeUndefined();
  });
});
