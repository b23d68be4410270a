import { describe, expect, it } from 'vitest';
import { defineGroupEntity } from '../entities/entity.js';
import { GroupPopulation } from './group-population.js';

const household = defineGroupEntity({
  key: 'household',
  plural: 'households',
  roles: [
    { key: 'adult', plural: 'adults' },
    { key: 'child', plural: 'children' },
    { key: 'parent', plural: 'parents', max: 2, subroles: ['first_parent', 'second_parent'] },
  ],
});

// Household 0: persons 0 (adult, 1000), 2 (child, 200), 3 (adult, 500). Household 1: person 1 (adult, 300).
const population = GroupPopulation.fromColumns(household, { groupOf: Int32Array.of(0, 1, 0, 0), roleOf: Uint8Array.of(0, 0, 1, 0) });
const values = Float64Array.of(1000, 300, 200, 500);
const { adult, child } = household.roles;

describe('GroupPopulation', () => {
  it('indexes members in the order given', () => {
    expect(Array.from(population.memberStart)).toEqual([0, 3, 4]);
    expect(Array.from(population.members)).toEqual([0, 2, 3, 1]);
    expect(Array.from(population.positionOf)).toEqual([0, 0, 1, 2]);
  });

  it('knows when persons come group by group, and then lists members without sorting', () => {
    expect(population.contiguous).toBe(false);
    // Household 0: persons 0 and 1; household 1: none; household 2: persons 2, 3 and 4.
    const ordered = GroupPopulation.fromColumns(household, { groupOf: Int32Array.of(0, 0, 2, 2, 2), roleOf: Uint8Array.of(0, 1, 0, 0, 1), count: 3 });
    expect(ordered.contiguous).toBe(true);
    expect(Array.from(ordered.memberStart)).toEqual([0, 2, 2, 5]);
    expect(Array.from(ordered.members)).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(ordered.countMembers(adult))).toEqual([1, 0, 2]);
    expect(Array.from(ordered.sum(Float64Array.of(1, 2, 4, 8, 16)))).toEqual([3, 0, 28]);
  });

  it('aggregates persons into groups, optionally by role', () => {
    expect(Array.from(population.sum(values))).toEqual([1700, 300]);
    expect(Array.from(population.sum(values, adult))).toEqual([1500, 300]);
    expect(Array.from(population.sum(values, undefined, (value) => value > 400))).toEqual([2, 0]);
    expect(Array.from(population.countMembers())).toEqual([3, 1]);
    expect(Array.from(population.countMembers(child))).toEqual([1, 0]);
    expect(Array.from(population.any(values, undefined, (value) => value > 900))).toEqual([1, 0]);
    expect(Array.from(population.all(values, undefined, (value) => value > 250))).toEqual([0, 1]);
    expect(Array.from(population.max(values))).toEqual([1000, 300]);
    expect(Array.from(population.min(values))).toEqual([200, 300]);
    expect(Array.from(population.min(values, child))).toEqual([200, 0]);
  });

  it('reads one member’s value per group', () => {
    expect(Array.from(population.valueFromRole(values, child, -1))).toEqual([200, -1]);
    expect(Array.from(population.nthMember(1, values, -1))).toEqual([200, -1]);
    expect(Array.from(population.firstMember(values))).toEqual([1000, 300]);
  });

  it('projects group values onto persons, optionally by role', () => {
    expect(Array.from(population.project(Float64Array.of(10, 20)))).toEqual([10, 20, 10, 10]);
    expect(Array.from(population.project(Float64Array.of(10, 20), adult, -1))).toEqual([10, 20, -1, 10]);
  });

  it('answers person-side questions: role, rank, partner', () => {
    expect(Array.from(population.hasRole(child))).toEqual([0, 0, 1, 0]);
    // household 0 sorted by value: person 2 (200), person 3 (500), person 0 (1000)
    expect(Array.from(population.rank(values))).toEqual([2, 0, 0, 1]);
    expect(Array.from(population.rank(Float64Array.of(5, 5, 5, 5)))).toEqual([0, 0, 1, 2]);
    expect(Array.from(population.valueFromPartner(values, adult, -1))).toEqual([500, -1, 500, 1000]);
  });

  it('counts sub-roles in their parent role', () => {
    const { parent, first_parent, second_parent } = household.roles;
    const family = GroupPopulation.fromColumns(household, { groupOf: Int32Array.of(0, 0, 0), roleOf: Uint8Array.of(first_parent.code, second_parent.code, child.code) });
    expect(Array.from(family.countMembers(parent))).toEqual([2]);
    expect(Array.from(family.valueFromRole(Float64Array.of(1, 2, 3), second_parent))).toEqual([2]);
    expect(Array.from(family.valueFromPartner(Float64Array.of(1, 2, 3), parent, 0))).toEqual([2, 1, 2]);
  });

  it('rejects indices out of range and roles over their maximum', () => {
    expect(() => GroupPopulation.fromColumns(household, { groupOf: Int32Array.of(0, -1), roleOf: Uint8Array.of(0, 0) })).toThrow(expect.objectContaining({ code: 'invalid_columns' }));
    expect(() => GroupPopulation.fromColumns(household, { groupOf: Int32Array.of(0, 2), roleOf: Uint8Array.of(0, 0), count: 2 })).toThrow(expect.objectContaining({ code: 'invalid_columns' }));
    expect(() => GroupPopulation.fromColumns(household, { groupOf: Int32Array.of(0), roleOf: Uint8Array.of(9) })).toThrow(expect.objectContaining({ code: 'invalid_columns' }));
    const { parent } = household.roles;
    let error: unknown;
    try {
      GroupPopulation.fromColumns(household, { groupOf: Int32Array.of(0, 0, 0), roleOf: Uint8Array.of(parent.code, parent.code, parent.code), ids: ['f'] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'role_over_maximum', location: { jsonPath: 'households.f.parents' } });
  });
});
