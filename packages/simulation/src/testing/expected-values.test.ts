import { describe, expect, it } from 'vitest';
import { defineEnum } from '../variables/enum-type.js';
import { cellsMatch, readExpectedCells } from './expected-values.js';
import type { LocatedValue } from './located-yaml.js';

const scalar = (value: string | number | boolean | null): LocatedValue => ({ kind: 'scalar', value, line: 4, column: 7 });
const Status = defineEnum('HousingOccupancyStatus', { owner: 'Owner', tenant: 'Tenant' });

describe('readExpectedCells', () => {
  it('broadcasts a single value over the rows and evaluates expressions', () => {
    expect(readExpectedCells(scalar('600 - 200 / 12'), { name: 'x', valueType: 'float' }, 2)).toEqual({ ok: true, cells: [600 - 200 / 12, 600 - 200 / 12] });
    expect(readExpectedCells(scalar(true), { name: 'x', valueType: 'float' }, 1)).toEqual({ ok: true, cells: [1] });
  });

  it('takes a list as one value per row and checks its length', () => {
    const list: LocatedValue = { kind: 'sequence', items: [scalar(1), scalar('2 * 3')], line: 2, column: 3 };
    expect(readExpectedCells(list, { name: 'x', valueType: 'int' }, 2)).toEqual({ ok: true, cells: [1, 6] });
    expect(readExpectedCells(list, { name: 'x', valueType: 'int' }, 3)).toMatchObject({ ok: false, position: { line: 2, column: 3 } });
  });

  it('reads booleans, enum item names, dates and strings by the variable’s type', () => {
    expect(readExpectedCells(scalar('false'), { name: 'b', valueType: 'bool' }, 1)).toEqual({ ok: true, cells: [false] });
    expect(readExpectedCells(scalar('owner'), { name: 'e', valueType: 'enum', possibleValues: Status }, 1)).toEqual({ ok: true, cells: ['owner'] });
    expect(readExpectedCells(scalar('1980-06-15'), { name: 'd', valueType: 'date' }, 1)).toEqual({ ok: true, cells: ['1980-06-15'] });
    expect(readExpectedCells(scalar(75011), { name: 's', valueType: 'string' }, 1)).toEqual({ ok: true, cells: ['75011'] });
  });

  it('refuses malformed expected values with their position', () => {
    expect(readExpectedCells(scalar('about 300'), { name: 'x', valueType: 'float' }, 1)).toMatchObject({ ok: false, position: { line: 4, column: 7 } });
    expect(readExpectedCells(scalar('landlord'), { name: 'e', valueType: 'enum', possibleValues: Status }, 1)).toMatchObject({ ok: false });
    expect(readExpectedCells(scalar('1980-02-30'), { name: 'd', valueType: 'date' }, 1)).toMatchObject({ ok: false });
    expect(readExpectedCells(scalar(null), { name: 'x', valueType: 'float' }, 1)).toMatchObject({ ok: false });
  });
});

describe('cellsMatch', () => {
  it('compares exactly without margins', () => {
    expect(cellsMatch(0.1 + 0.2, 0.3, undefined, undefined)).toBe(false);
    expect(cellsMatch(300, 300, undefined, undefined)).toBe(true);
  });

  it('applies every margin given', () => {
    expect(cellsMatch(0.1 + 0.2, 0.3, 1e-9, undefined)).toBe(true);
    expect(cellsMatch(150, 151, undefined, 0.01)).toBe(true); // |150 − 151| = 1 ≤ 0.01 × 151
    expect(cellsMatch(149, 151, undefined, 0.01)).toBe(false); // 2 > 1.51
    expect(cellsMatch(150, 151, 2, 0.001)).toBe(false); // the relative margin fails
  });

  it('reads a number against an expected boolean', () => {
    expect(cellsMatch(1, true, undefined, undefined)).toBe(true);
    expect(cellsMatch(0, true, undefined, undefined)).toBe(false);
  });
});
