import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { country } from '@civicblocks/country-template';
import { describe, expect, it } from 'vitest';
import { MicrosimulationError, readPopulation, runMicrosimulation } from '../src/index.js';

const folder = mkdtempSync(join(tmpdir(), 'partitioned-'));
const header = 'household_id,household_role,salary,household_weight\n';

function write(name: string, rows: readonly string[]): string {
  const file = join(folder, name);
  writeFileSync(file, header + rows.join('\n') + '\n');
  return file;
}

async function chunksOf(file: string, chunkSize: number): Promise<{ persons: number; groups: number; firstGroupOf: number[] }[]> {
  const chunks = [];
  for await (const chunk of readPopulation({ file, system: country.system, period: '2025-01', chunkSize })) {
    chunks.push({ persons: chunk.personCount, groups: chunk.groupCount, firstGroupOf: Array.from(chunk.groupOf.subarray(0, 3)) });
  }
  return chunks;
}

describe('reading a file by ranges of rows', () => {
  it('gives every household whole to the range it starts in, even one longer than a range and its tail', async () => {
    // Household 1: one adult and 2999 children (3000 rows); household 2: two adults; household 3: one adult.
    const file = write('long-household.csv', ['1,adult,10,1', ...Array.from({ length: 2999 }, () => '1,child,0,1'), '2,adult,20,1', '2,adult,30,1', '3,adult,40,1']);
    expect(await chunksOf(file, 100)).toEqual([
      { persons: 3000, groups: 1, firstGroupOf: [0, 0, 0] },
      { persons: 3, groups: 2, firstGroupOf: [0, 0, 1] },
    ]);
    // Ranges [0, 3001) and [3001, 3003): households 1 and 2 start in the first, 3 in the second.
    expect(await chunksOf(file, 3001)).toEqual([
      { persons: 3002, groups: 2, firstGroupOf: [0, 0, 0] },
      { persons: 1, groups: 1, firstGroupOf: [0] },
    ]);
    expect(await chunksOf(file, 10_000)).toEqual([{ persons: 3003, groups: 3, firstGroupOf: [0, 0, 0] }]);
  });

  it('cuts at any row: households of two, ranges of three rows', async () => {
    const file = write('pairs.csv', Array.from({ length: 10 }, (_, index) => `${Math.floor(index / 2) + 1},adult,${index},1`));
    // Ranges [0,3) [3,6) [6,9) [9,10): households start at rows 0 2 4 6 8.
    expect((await chunksOf(file, 3)).map((chunk) => [chunk.persons, chunk.groups])).toEqual([
      [4, 2],
      [2, 1],
      [4, 2],
    ]);
  });

  it('accepts households that are together but not sorted (checked by one aggregation)', async () => {
    const file = write('unsorted.csv', ['3,adult,1,1', '3,child,0,1', '1,adult,2,1', '2,adult,3,1']);
    expect((await chunksOf(file, 2)).map((chunk) => [chunk.persons, chunk.groups])).toEqual([
      [2, 1],
      [2, 2],
    ]);
  });

  it('reports the first bad row of the file, whichever worker finds a mistake first', async () => {
    const rows = Array.from({ length: 3000 }, (_, index) => `${index + 1},adult,${index === 1199 || index === 2499 ? 'lots' : '100'},1`);
    const file = write('two-mistakes.csv', rows);
    const error = await runMicrosimulation({
      file,
      country: { ...country, module: '@civicblocks/country-template' },
      workers: 2,
      workerUrl: new URL('../dist/chunk-worker.js', import.meta.url),
      chunkSize: 200,
      period: '2025-01',
      variables: ['salary'],
      incomeVariable: 'disposable_income',
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(MicrosimulationError);
    expect((error as MicrosimulationError).code).toBe('non_numeric_value');
    expect((error as MicrosimulationError).location).toEqual({ file, row: 1200, column: 'salary' });
  });
});
