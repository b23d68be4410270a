import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { country } from '@civicblocks/country-template';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPopulation, runMicrosimulation, writeTemplatePopulation, type MicrosimulationReport } from '../src/index.js';

const folder = mkdtempSync(join(tmpdir(), 'synthetic-'));
const csv = join(folder, 'population.csv');
const parquet = join(folder, 'population.parquet');

beforeAll(async () => {
  await writeTemplatePopulation({ file: csv, persons: 3000, seed: 11, population: 1_500_000 });
  await writeTemplatePopulation({ file: parquet, persons: 3000, seed: 11, population: 1_500_000 });
});

const run = (file: string, chunkSize: number): Promise<MicrosimulationReport> =>
  runMicrosimulation({ file, country, reforms: ['flat_social_security_contribution'], workers: 0, chunkSize, period: '2025-01', variables: ['social_security_contribution', 'disposable_income'], incomeVariable: 'disposable_income', threshold: 1200 });

describe('writeTemplatePopulation', () => {
  it('is deterministic from its seed and its weights add up to the stated population', async () => {
    const again = join(folder, 'again.csv');
    const summary = await writeTemplatePopulation({ file: again, persons: 3000, seed: 11, population: 1_500_000 });
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(csv, 'utf8'));
    expect(summary.persons).toBe(3000);
    expect(summary.householdWeight * summary.persons).toBeCloseTo(1_500_000, 6);
    const other = join(folder, 'other.csv');
    await writeTemplatePopulation({ file: other, persons: 3000, seed: 12 });
    expect(readFileSync(other, 'utf8')).not.toBe(readFileSync(csv, 'utf8'));
  });

  it('writes the same population as CSV and as Parquet', async () => {
    let csvPersons = 0;
    let parquetPersons = 0;
    for await (const chunk of readPopulation({ file: csv, system: country.system, period: '2025-01' })) csvPersons += chunk.personCount;
    for await (const chunk of readPopulation({ file: parquet, system: country.system, period: '2025-01' })) parquetPersons += chunk.personCount;
    expect(parquetPersons).toBe(3000);
    expect(csvPersons).toBe(3000);
    const [fromCsv, fromParquet] = await Promise.all([run(csv, 1000), run(parquet, 1000)]);
    expect(fromParquet.budget).toEqual(fromCsv.budget);
    expect(fromParquet.persons).toBeCloseTo(1_500_000, 4);
  });
});

describe('merging chunk reports', () => {
  it('any split of the same population gives the same report', async () => {
    const reference = await run(parquet, 1_000_000);
    await fc.assert(
      // Each chunk is one DuckDB query over its range, so very small chunks make this test slow
      // without testing more: cuts at every row are tested on small files (chunk sizes 1 to 5).
      fc.asyncProperty(fc.integer({ min: 50, max: 3000 }), async (chunkSize) => {
        const split = await run(parquet, chunkSize);
        expect(split.rows).toBe(reference.rows);
        for (const [index, line] of split.budget.entries()) {
          expect(line.baseline).toBeCloseTo(reference.budget[index]?.baseline ?? NaN, 3);
          expect(line.reform).toBeCloseTo(reference.budget[index]?.reform ?? NaN, 3);
        }
        for (const [index, decile] of split.deciles.entries()) expect(decile.meanChange).toBeCloseTo(reference.deciles[index]?.meanChange ?? NaN, 9);
        expect(split.winnersAndLosers).toEqual(reference.winnersAndLosers);
        expect(split.belowThreshold).toEqual(reference.belowThreshold);
      }),
      { numRuns: 8 },
    );
  });
});
