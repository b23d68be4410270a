import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { country } from '@civicblocks/country-template';
import { describe, expect, it } from 'vitest';
import { MicrosimulationError, readPopulation } from '../src/index.js';

const folder = mkdtempSync(join(tmpdir(), 'population-errors-'));

async function readAll(content: string, name = 'people.csv'): Promise<number> {
  const file = join(folder, name);
  writeFileSync(file, content);
  let persons = 0;
  for await (const chunk of readPopulation({ file, system: country.system, period: '2025-01' })) persons += chunk.personCount;
  return persons;
}

async function failure(content: string): Promise<MicrosimulationError> {
  try {
    await readAll(content);
  } catch (error) {
    expect(error).toBeInstanceOf(MicrosimulationError);
    return error as MicrosimulationError;
  }
  throw new Error('expected a MicrosimulationError');
}

describe('readPopulation errors name the file, row and column', () => {
  it('a missing column', async () => {
    const error = await failure('person_id,household_role,salary,household_weight\na,adult,1,1\n');
    expect(error.code).toBe('missing_column');
    expect(error.location).toMatchObject({ file: join(folder, 'people.csv'), column: 'household_id' });
  });

  it('a person in no household', async () => {
    const error = await failure('household_id,household_role,salary,household_weight\n1,adult,1,1\n,adult,2,1\n');
    expect(error.code).toBe('person_without_group');
    expect(error.location).toMatchObject({ row: 2, column: 'household_id' });
  });

  it('an unknown role', async () => {
    const error = await failure('household_id,household_role,salary,household_weight\n1,adult,1,1\n1,grandparent,2,1\n');
    expect(error.code).toBe('unknown_role');
    expect(error.location).toMatchObject({ row: 2, column: 'household_role' });
  });

  it('a value that is not a number', async () => {
    const error = await failure('household_id,household_role,salary,household_weight\n1,adult,1,1\n2,adult,2,1\n3,adult,lots,1\n');
    expect(error.code).toBe('non_numeric_value');
    expect(error.location).toMatchObject({ row: 3, column: 'salary' });
    expect(error.message).toContain('"lots"');
  });

  it('an enum value that is not an item', async () => {
    const error = await failure('household_id,household_role,housing_occupancy_status,household_weight\n1,adult,castle,1\n');
    expect(error.code).toBe('invalid_value');
    expect(error.location).toMatchObject({ row: 1, column: 'housing_occupancy_status' });
  });

  it('a column that names no variable', async () => {
    const error = await failure('household_id,household_role,salaire,household_weight\n1,adult,1,1\n');
    expect(error.code).toBe('unknown_variable');
    expect(error.location.column).toBe('salaire');
  });

  it('a household whose rows are apart', async () => {
    const error = await failure('household_id,household_role,salary,household_weight\n1,adult,1,1\n2,adult,2,1\n1,children,0,1\n');
    expect(error.code).toBe('group_not_contiguous');
    expect(error.location).toMatchObject({ row: 3, column: 'household_id' });
  });

  it('a file that is neither CSV nor Parquet', async () => {
    await expect(readAll('x', 'people.xlsx')).rejects.toMatchObject({ code: 'unreadable_file' });
  });
});
