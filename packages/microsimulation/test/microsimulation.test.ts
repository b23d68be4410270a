import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { country } from '@civicblocks/country-template';
import { describe, expect, it } from 'vitest';
import { runMicrosimulation, type MicrosimulationReport } from '../src/index.js';

const fixture = fileURLToPath(new URL('fixtures/four-households.csv', import.meta.url));
const spec = { period: '2025-01', variables: ['basic_income', 'income_tax', 'disposable_income'], incomeVariable: 'disposable_income', threshold: 1000 } as const;

function run(file: string, chunkSize?: number): Promise<MicrosimulationReport> {
  return runMicrosimulation({ file, country, reforms: ['removal_basic_income'], workers: 0, ...spec, ...(chunkSize === undefined ? {} : { chunkSize }) });
}

// Hand computation (template country, January 2025; see the README for the rules):
// H1 (weight 2): one adult, no income, tenant of 0 m²: 600 basic income − 200/12 housing tax = 583.33.
// H2 (weight 1): two adults earning 3000, owners of 100 m²: 2 × (3000 + 600 − 450 tax − 60 contribution) − 1000/12 = 6096.67.
// H3 (weight 3): one adult earning 400 and a child of 2, free lodgers: 400 + 600 + 600 parenting allowance − 60 − 8 = 1532.
// H4 (weight 4): one retired adult (pension 1) with 100 capital returns, owner of 20 m²: 100 + 1 + 600 − 101 × 0.15 − 200/12 = 669.18.
// Removing the basic income takes 600 from every adult.
const disposable = { h1: 600 - 200 / 12, h2: 2 * (3000 + 600 - 450 - 60) - 1000 / 12, h3: 400 + 600 + 600 - 60 - 8, h4: 100 + 1 + 600 - 101 * 0.15 - 200 / 12 };

describe('runMicrosimulation on a hand-computed population', () => {
  it('reports weighted totals and their change', async () => {
    const report = await run(fixture);
    expect(report.rows).toBe(6);
    expect(report.persons).toBe(2 + 1 + 1 + 3 + 3 + 4);
    expect(report.units).toBe(10);
    const byName = Object.fromEntries(report.budget.map((line) => [line.variable, line]));
    expect(byName['basic_income']?.baseline).toBeCloseTo(600 * 2 + 1200 * 1 + 600 * 3 + 600 * 4, 6);
    expect(byName['basic_income']?.reform).toBe(0);
    expect(byName['income_tax']?.baseline).toBeCloseTo(900 * 1 + 60 * 3 + 15.15 * 4, 6);
    expect(byName['income_tax']?.change).toBeCloseTo(0, 9);
    const baselineDisposable = 2 * disposable.h1 + disposable.h2 + 3 * disposable.h3 + 4 * disposable.h4;
    expect(byName['disposable_income']?.baseline).toBeCloseTo(baselineDisposable, 6);
    expect(byName['disposable_income']?.change).toBeCloseTo(-6600, 6);
  });

  it('ranks households into deciles of baseline income', async () => {
    const { deciles } = await run(fixture);
    // Cumulative weights: H1 fills deciles 1–2, H4 3–6, H3 7–9, H2 10.
    expect(deciles.map((line) => Math.round(line.meanChange))).toEqual([-600, -600, -600, -600, -600, -600, -600, -600, -600, -1200]);
    expect(deciles[0]?.meanIncome).toBeCloseTo(disposable.h1, 6);
    expect(deciles[4]?.meanIncome).toBeCloseTo(disposable.h4, 6);
    expect(deciles[7]?.meanIncome).toBeCloseTo(disposable.h3, 6);
    expect(deciles[9]?.meanIncome).toBeCloseTo(disposable.h2, 6);
  });

  it('counts winners, losers and the units and persons below the threshold', async () => {
    const report = await run(fixture);
    expect(report.winnersAndLosers).toEqual({ winners: 0, losers: 1, unchanged: 0, tolerance: 0.01 });
    // Below 1000 before: H1 (2) and H4 (4); after: H1, H3 (932) and H4.
    expect(report.belowThreshold?.units).toEqual({ baseline: 6, reform: 9, change: 3 });
    expect(report.belowThreshold?.persons).toEqual({ baseline: 2 + 4, reform: 2 + 2 * 3 + 4, change: 6 });
  });

  it('gives the same report whatever the chunk size (chunks merge associatively)', async () => {
    const whole = await run(fixture);
    for (const chunkSize of [1, 2, 3, 5]) expectSameReport(await run(fixture, chunkSize), whole);
  });

  it('respects weights: every household twice with half the weight changes nothing', async () => {
    const lines = readFileSync(fixture, 'utf8').trim().split('\n');
    const [header = '', ...rows] = lines;
    const halve = (row: string, suffix: string) => {
      const cells = row.split(',');
      cells[1] = `${cells[1] ?? ''}${suffix}`;
      cells[9] = String(Number(cells[9]) / 2);
      return cells.join(',');
    };
    const doubled = join(mkdtempSync(join(tmpdir(), 'microsim-')), 'doubled.csv');
    writeFileSync(doubled, [header, ...rows.map((row) => halve(row, 'a')), ...rows.map((row) => halve(row, 'b'))].join('\n') + '\n');
    const report = await run(doubled);
    const original = await run(fixture);
    expect(report.rows).toBe(12);
    expectSameReport({ ...report, rows: original.rows }, original);
  });
});

function expectSameReport(actual: MicrosimulationReport, expected: MicrosimulationReport): void {
  const close = (a: unknown, b: unknown, path: string): void => {
    if (typeof a === 'number' && typeof b === 'number') {
      expect(a, path).toBeCloseTo(b, 6);
    } else if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
      expect(Object.keys(a).sort(), path).toEqual(Object.keys(b).sort());
      for (const key of Object.keys(a)) close((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    } else {
      expect(a, path).toEqual(b);
    }
  };
  close(actual, expected, 'report');
}
