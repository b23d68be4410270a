import { describe, expect, expectTypeOf, it } from 'vitest';
import { formulaKit } from '../src/formulas/formula.js';
import { any, count, sum } from '../src/formulas/relations.js';
import { defineVariable } from '../src/variables/variable.js';
import { age, household, HousingOccupancyStatus, person, salary, type MiniParameters } from './fixtures/mini-country.js';

const { formula } = formulaKit<MiniParameters>();

describe('the formula API types', () => {
  it('gives each row the declared reads with their value types', () => {
    const built = formula({ salary, adults: count(household.roles.adult), young: any(age, (value) => value < 6) }, (row, p) => {
      expectTypeOf(row.salary).toEqualTypeOf<number>();
      expectTypeOf(row.young).toEqualTypeOf<boolean>();
      expectTypeOf(p.taxes.income_tax_rate).toEqualTypeOf<number>();
      return row.salary + row.adults;
    });
    expect(Object.keys(built.reads)).toEqual(['salary', 'adults', 'young']);
  });

  /* eslint-disable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument -- the lines below are compile errors on purpose */
  it('rejects misspelt variables, row names, parameters and role names at compile time', () => {
    // @ts-expect-error -- 'salery' is not a variable in scope: a compile error, not a run-time surprise.
    const misspeltVariable = () => formula({ salery }, () => 0);
    // @ts-expect-error -- the row has no 'wage': only the declared reads.
    formula({ salary }, (row) => row.wage);
    // @ts-expect-error -- no such parameter in the country's tree.
    formula({ salary }, (row, p) => row.salary * p.taxes.income_tax_rat);
    // @ts-expect-error -- households have no 'parent' role.
    const misspeltRole = () => count(household.roles.parent);
    expect([typeof misspeltVariable, typeof misspeltRole]).toEqual(['function', 'function']);
  });
  /* eslint-enable @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return, @typescript-eslint/no-unsafe-argument */

  it('checks a formula returns the variable’s value type', () => {
    defineVariable({
      name: 'is_rich',
      entity: person,
      valueType: 'bool',
      definitionPeriod: 'month',
      // @ts-expect-error -- a bool variable's formula returns a boolean, not a number.
      formula: formula({ salary }, ({ salary }) => salary * 2),
    });
    const variable = defineVariable({ name: 'owner', entity: person, valueType: 'bool', definitionPeriod: 'month', formula: formula({ income: sum(salary) }, ({ income }) => income > HousingOccupancyStatus.owner) });
    expect(variable.formulas).toHaveLength(1);
  });
});
