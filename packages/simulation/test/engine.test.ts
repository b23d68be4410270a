import { describe, expect, it } from 'vitest';
import { simulationFromColumns } from '../src/simulation/simulation-from-columns.js';
import type { SimulationOptions } from '../src/simulation/simulation.js';
import type { Column } from '../src/variables/value-type.js';
import { miniSystem } from './fixtures/mini-system.js';

const values = (column: Column): unknown[] => Array.from(column as ArrayLike<unknown>);

// Household 0: an adult born 1980-05-10 earning 24 000 a year and a child born 2013-03-01.
// Household 1: an adult born 1990-12-31 earning 18 000 a year, free lodger.
function population(options: SimulationOptions = {}) {
  return simulationFromColumns(
    miniSystem(),
    {
      persons: 3,
      groups: { household: { groupOf: Int32Array.of(0, 0, 1), roleOf: Uint8Array.of(0, 1, 0) } },
      inputs: {
        birth: { eternity: ['1980-05-10', '2013-03-01', '1990-12-31'] },
        salary: { '2017': [24000, 0, 18000] },
        rent: { '2017-01': [800, 500] },
        accommodation_size: { '2017-01': [100, 10] },
        housing_occupancy_status: { '2017-01': ['tenant', 'free_lodger'] },
      },
    },
    options,
  );
}

for (const codeGeneration of ['on', 'off'] as const) {
  describe(`the engine with code generation ${codeGeneration}`, () => {
    it('computes person formulas, ages and divided yearly inputs', () => {
      const simulation = population({ codeGeneration });
      expect(values(simulation.calculate('salary', '2017-03'))).toEqual([2000, 0, 1500]);
      expect(values(simulation.calculate('income_tax', '2017-01'))).toEqual([300, 0, 225]);
      expect(values(simulation.calculate('age', '2017-01'))).toEqual([36, 3, 26]);
      expect(values(simulation.calculate('age', '2017-06'))).toEqual([37, 4, 26]);
    });

    it('sums, counts and tests members in group formulas', () => {
      const simulation = population({ codeGeneration });
      expect(values(simulation.calculate('household_income', '2017-01'))).toEqual([2000, 1500]);
      // household 0: one adult, a child under 8, income 2000 ≤ 2500 → 600; household 1: no child
      expect(values(simulation.calculate('parenting_allowance', '2017-01'))).toEqual([600, 0]);
    });

    it('reads other periods, adds months and divides years', () => {
      const simulation = population({ codeGeneration });
      // January sizes 100 m² and 10 m² at 10 per m², minimum 200; the free lodger pays nothing
      expect(values(simulation.calculate('housing_tax', '2017'))).toEqual([1000, 0]);
      expect(values(simulation.calculate('monthly_housing_tax', '2017-03'))).toEqual([1000 / 12, 0]);
      expect(values(simulation.calculate('yearly_salary', '2017'))).toEqual([24000, 0, 18000]);
      expect(values(simulation.calculate('salary', '2017', { mode: 'add' }))).toEqual([24000, 0, 18000]);
      expect(values(simulation.calculate('housing_tax', '2017-02', { mode: 'divide' }))).toEqual([1000 / 12, 0]);
    });

    it('projects a group value onto members holding a role', () => {
      const simulation = population({ codeGeneration });
      expect(values(simulation.calculate('rent_share', '2017-01'))).toEqual([800, 0, 500]);
    });

    it('decodes enums and dates', () => {
      const simulation = population({ codeGeneration });
      expect(simulation.values('housing_occupancy_status', '2017-01')).toEqual(['tenant', 'free_lodger']);
      expect(simulation.values('housing_occupancy_status', '2017-02')).toEqual(['tenant', 'tenant']);
      expect(simulation.values('birth', '2017-01')).toEqual(['1980-05-10', '2013-03-01', '1990-12-31']);
    });
  });
}

describe('fusion', () => {
  it('gives the same values fused and unfused', () => {
    const fused = population();
    const separate = population({ fuse: false });
    for (const name of ['parenting_allowance', 'household_income', 'rent_share', 'income_tax'] as const) {
      expect(values(fused.calculate(name, '2017-01'))).toEqual(values(separate.calculate(name, '2017-01')));
    }
  });
});
