import { describe, expect, it } from 'vitest';
import { SimulationError } from '../src/errors/simulation-error.js';
import { calculateSituation } from '../src/situations/calculate-situation.js';
import { simulationFromSituation } from '../src/situations/simulation-from-situation.js';
import type { Column } from '../src/variables/value-type.js';
import { miniSystem } from './fixtures/mini-system.js';

const values = (column: Column): unknown[] => Array.from(column as ArrayLike<unknown>);

function failure(run: () => unknown): SimulationError {
  try {
    run();
  } catch (error) {
    if (error instanceof SimulationError) return error;
    throw error;
  }
  throw new Error('expected a SimulationError');
}

describe('situations', () => {
  const system = miniSystem();

  it('reads entity plurals, role lists and period values', () => {
    const simulation = simulationFromSituation(system, {
      persons: { Ari: { salary: { '2017-01': 2000 } }, Bo: { salary: { '2017-01': 500 } }, Cy: {} },
      households: { home: { adults: ['Ari', 'Bo'], children: ['Cy'] } },
    });
    expect(values(simulation.calculate('household_income', '2017-01'))).toEqual([2500]);
    expect(simulation.group('household').ids).toEqual(['home']);
  });

  it('reads a singular group key and the flat form', () => {
    const singular = simulationFromSituation(system, { persons: { Ari: { salary: { '2017-01': 1000 } } }, household: { adults: ['Ari'], rent: { '2017-01': 700 } } });
    expect(values(singular.calculate('rent', '2017-01'))).toEqual([700]);
    const flat = simulationFromSituation(system, { salary: { '2017-01': 1000 }, rent: { '2017-01': 600 } });
    expect(values(flat.calculate('income_tax', '2017-01'))).toEqual([150]);
    expect(values(flat.calculate('rent_share', '2017-01'))).toEqual([600]);
  });

  it('gives persons outside every group a group of their own', () => {
    const simulation = simulationFromSituation(system, {
      persons: { Ari: { salary: { '2017-01': 1000 } }, Bo: { salary: { '2017-01': 300 } } },
      households: { home: { adults: ['Ari'] } },
    });
    expect(values(simulation.calculate('household_income', '2017-01'))).toEqual([1000, 300]);
  });

  it('uses the default period for bare values', () => {
    const simulation = simulationFromSituation(system, { persons: { Ari: { salary: 1200 } } }, { defaultPeriod: '2017-01' });
    expect(values(simulation.calculate('income_tax', '2017-01'))).toEqual([180]);
  });

  it('fills the nulls, enums by name and dates as ISO strings', () => {
    const { result } = calculateSituation(system, {
      persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': null }, birth: { eternity: null } } },
      households: { home: { adults: ['Ari'], housing_occupancy_status: { '2017-01': null }, household_income: { '2017-01': null } } },
    });
    expect(result).toEqual({
      persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': 300 }, birth: { eternity: '1970-01-01' } } },
      households: { home: { adults: ['Ari'], housing_occupancy_status: { '2017-01': 'tenant' }, household_income: { '2017-01': 2000 } } },
    });
  });

  it('varies inputs along parallel and perpendicular axes', () => {
    const parallel = calculateSituation(system, {
      persons: { Ari: { income_tax: { '2017-01': null } } },
      axes: [[{ name: 'salary', count: 3, min: 0, max: 3000, period: '2017-01' }]],
    });
    // salaries 0, 1500, 3000 at 15 %
    expect(parallel.result).toEqual({ persons: { Ari: { income_tax: { '2017-01': [0, 225, 450] } } }, axes: [[{ name: 'salary', count: 3, min: 0, max: 3000, period: '2017-01' }]] });
    const grid = calculateSituation(system, {
      persons: { Ari: {}, Bo: {} },
      households: { home: { adults: ['Ari', 'Bo'], household_income: { '2017-01': null } } },
      axes: [[{ name: 'salary', count: 2, min: 0, max: 1000, period: '2017-01' }], [{ name: 'salary', count: 2, min: 0, max: 100, period: '2017-01', index: 1 }]],
    });
    // first axis (Ari: 0, 1000) varies fastest, then Bo: 0, 100
    expect((grid.result.households as Record<string, Record<string, unknown>>).home?.household_income).toEqual({ '2017-01': [0, 1000, 100, 1100] });
  });

  it('locates mistakes at their JSON path', () => {
    const cases: [unknown, string, string][] = [
      [{ persons: { Ari: { salery: { '2017-01': 1 } } } }, 'unknown_variable', 'persons.Ari.salery'],
      [{ persons: { Ari: {} }, families: {} }, 'unknown_entity', 'families'],
      [{ persons: { Ari: {} }, households: { home: { parents: ['Ari'] } } }, 'unknown_variable', 'households.home.parents'],
      [{ persons: { Ari: {} }, households: { home: { adults: ['Zed'] } } }, 'unknown_person', 'households.home.adults.0'],
      [{ persons: { Ari: {} }, households: { a: { adults: ['Ari'] }, b: { children: ['Ari'] } } }, 'duplicate_member', 'households.b.children.0'],
      [{ persons: { Ari: { salary: { '2017-01': 'lots' } } } }, 'invalid_value', 'persons.Ari.salary.2017-01'],
      [{ persons: { Ari: { salary: { 'income_tax': 1 } } } }, 'invalid_period', 'persons.Ari.salary.income_tax'],
      [{ persons: { Ari: { age: { '2017': 30 } } } }, 'set_input_mismatch', 'persons.Ari.age.2017'],
      [{ persons: { Ari: { salary: 100 } } }, 'invalid_situation', 'persons.Ari.salary'],
      [{ persons: { Ari: { rent: { '2017-01': 1 } } } }, 'invalid_situation', 'persons.Ari.rent'],
    ];
    for (const [situation, code, jsonPath] of cases) {
      const error = failure(() => simulationFromSituation(system, situation as Record<string, unknown>));
      expect({ code: error.code, jsonPath: error.location.jsonPath }).toEqual({ code, jsonPath });
    }
  });

  it('rejects too many persons in a role that has a maximum', async () => {
    const { defineGroupEntity, definePersonEntity } = await import('../src/entities/entity.js');
    const { TaxBenefitSystem } = await import('../src/system/tax-benefit-system.js');
    const person = definePersonEntity({ key: 'person', plural: 'persons' });
    const family = defineGroupEntity({ key: 'family', plural: 'families', roles: [{ key: 'parent', plural: 'parents', max: 2 }, { key: 'child', plural: 'children' }] });
    const families = new TaxBenefitSystem({ entities: [person, family], variables: [] });
    const error = failure(() => simulationFromSituation(families, { persons: { a: {}, b: {}, c: {} }, families: { f: { parents: ['a', 'b', 'c'] } } }));
    expect({ code: error.code, jsonPath: error.location.jsonPath }).toEqual({ code: 'role_over_maximum', jsonPath: 'families.f.parents' });
  });
});
