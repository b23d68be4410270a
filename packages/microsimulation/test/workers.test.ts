import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { country } from '@civicblocks/country-template';
import { describe, expect, it } from 'vitest';
import { runMicrosimulation, writeTemplatePopulation } from '../src/index.js';

// Worker threads run the built worker module (the test task runs after the build).
const workerUrl = new URL('../dist/chunk-worker.js', import.meta.url);

describe('runMicrosimulation on worker threads', () => {
  it('gives the report computed on the calling thread', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'workers-')), 'population.parquet');
    await writeTemplatePopulation({ file, persons: 5000, seed: 3 });
    const options = { file, reforms: ['removal_basic_income'], chunkSize: 700, period: '2025-01', variables: ['basic_income', 'disposable_income'], incomeVariable: 'disposable_income', threshold: 900 } as const;
    const progress: number[] = [];
    const inline = await runMicrosimulation({ ...options, country, workers: 0 });
    const parallel = await runMicrosimulation({ ...options, country: { ...country, module: '@civicblocks/country-template' }, workers: 2, workerUrl, onProgress: (rows) => progress.push(rows) });
    expect(parallel.rows).toBe(5000);
    expect(progress.at(-1)).toBe(5000);
    for (const [index, line] of parallel.budget.entries()) expect(line.baseline).toBeCloseTo(inline.budget[index]?.baseline ?? NaN, 3);
    expect(parallel.winnersAndLosers).toEqual(inline.winnersAndLosers);
    expect(parallel.belowThreshold).toEqual(inline.belowThreshold);
  });
});
