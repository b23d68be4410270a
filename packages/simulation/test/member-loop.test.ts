// A group's formulas and the person formulas they aggregate run in one loop over the groups'
// members (persons' formulas for each member, then the group's). These tests check that every
// person is computed once, whatever the order of persons, and that a person formula reading a
// group formula still sees it computed. Expected values are worked out by hand.
import { describe, expect, it } from 'vitest';
import { defineGroupEntity, definePersonEntity } from '../src/entities/entity.js';
import { formula } from '../src/formulas/formula.js';
import { count, fromGroup, max, sum } from '../src/formulas/relations.js';
import { ColumnPool } from '../src/simulation/column-pool.js';
import { simulationFromColumns } from '../src/simulation/simulation-from-columns.js';
import { TaxBenefitSystem } from '../src/system/tax-benefit-system.js';
import { defineVariable } from '../src/variables/variable.js';

const person = definePersonEntity({ key: 'person', plural: 'persons' });
const household = defineGroupEntity({ key: 'household', plural: 'households', roles: [{ key: 'adult', plural: 'adults' }, { key: 'child', plural: 'children' }] });
const month = { definitionPeriod: 'month', valueType: 'float' } as const;
const salary = defineVariable({ name: 'salary', entity: person, ...month });
const rent = defineVariable({ name: 'rent', entity: household, ...month });
const net = defineVariable({ name: 'net', entity: person, ...month, formula: formula({ salary }, ({ salary }) => salary * 0.8) });
const rent_share = defineVariable({ name: 'rent_share', entity: person, ...month, formula: formula({ rent: fromGroup(rent), net }, ({ rent, net }) => (net > 0 ? rent : 0)) });
const total_net = defineVariable({ name: 'total_net', entity: household, ...month, formula: formula({ nets: sum(net) }, ({ nets }) => nets) });
const summary = defineVariable({
  name: 'summary',
  entity: household,
  ...month,
  formula: formula({ total: total_net, adults: count(household.roles.adult), highest: max(rent_share), rent }, ({ total, adults, highest, rent }) => total + 1000 * adults + highest - rent),
});
const part_of_total = defineVariable({ name: 'part_of_total', entity: person, ...month, formula: formula({ total: fromGroup(total_net), net }, ({ total, net }) => (total === 0 ? 0 : net / total)) });
const system = new TaxBenefitSystem({ entities: [person, household], variables: [salary, rent, net, rent_share, total_net, summary, part_of_total] });

// Households 0, 1 and 2; persons listed out of household order: 2, 0, 1, 0, 2, 1.
const columns = {
  persons: 6,
  groups: { household: { groupOf: Int32Array.of(2, 0, 1, 0, 2, 1), roleOf: Uint8Array.of(0, 0, 0, 1, 1, 1) } },
  inputs: { salary: { '2017-01': Float64Array.of(1000, 2000, 0, 500, 250, 0) }, rent: { '2017-01': Float64Array.of(300, 400, 500) } },
};

for (const codeGeneration of ['on', 'off'] as const) {
  describe(`persons' formulas in their groups' loop, code generation ${codeGeneration}`, () => {
    it('computes each person once, in any order, and the groups from them', () => {
      const simulation = simulationFromColumns(system, columns, { codeGeneration });
      const [summaries, nets, totals, shares, parts] = simulation.calculateAll([
        ['summary', '2017-01'],
        ['net', '2017-01'],
        ['total_net', '2017-01'],
        ['rent_share', '2017-01'],
        ['part_of_total', '2017-01'],
      ]);
      // net = 0.8 × salary
      expect(Array.from(nets as Float64Array)).toEqual([800, 1600, 0, 400, 200, 0]);
      // household 0: persons 1 and 3 (1600 + 400); household 1: persons 2 and 5 (0); household 2: persons 0 and 4 (800 + 200)
      expect(Array.from(totals as Float64Array)).toEqual([2000, 0, 1000]);
      // the household's rent (300, 400, 500) for persons with a positive net
      expect(Array.from(shares as Float64Array)).toEqual([500, 300, 0, 300, 500, 0]);
      // total + 1000 × adults (one each) + highest share − rent: 2000 + 1000 + 300 − 300; 0 + 1000 + 0 − 400; 1000 + 1000 + 500 − 500
      expect(Array.from(summaries as Float64Array)).toEqual([3000, 600, 2000]);
      // net ÷ household total, read from a group formula computed before
      expect(Array.from(parts as Float64Array)).toEqual([0.8, 0.8, 0, 0.2, 0.2, 0]);
    });
  });
}

describe('simulations sharing a column pool', () => {
  it('reuse computed columns after dispose and keep defaults intact', () => {
    const pool = new ColumnPool();
    const first = simulationFromColumns(system, { ...columns, inputs: { salary: columns.inputs.salary } }, { pool });
    // rent has no formula and no input here: its default, 0, for every household
    expect(Array.from(first.calculate('rent', '2017-01') as Float64Array)).toEqual([0, 0, 0]);
    expect(Array.from(first.calculate('summary', '2017-01') as Float64Array)).toEqual([3000, 1000, 2000]);
    first.dispose();
    const second = simulationFromColumns(system, columns, { pool });
    expect(Array.from(second.calculate('summary', '2017-01') as Float64Array)).toEqual([3000, 600, 2000]);
    const third = simulationFromColumns(system, { ...columns, inputs: { salary: columns.inputs.salary } }, { pool });
    expect(Array.from(third.calculate('rent', '2017-01') as Float64Array)).toEqual([0, 0, 0]);
  });
});
