import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandIO } from '../command.js';
import { microsimCommand } from './microsim.js';

const folder = mkdtempSync(join(tmpdir(), 'cli-microsim-'));

function capture(): CommandIO & { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (text) => out.push(text), stderr: (text) => err.push(text), isTTY: false, cwd: folder };
}

describe('civicblocks microsim', () => {
  it('reports a reform on a hand-computed household and writes the report file', async () => {
    // One adult without income, tenant of 0 m², January 2025: 600 basic income − 200/12 housing tax.
    writeFileSync(join(folder, 'one.csv'), 'household_id,household_role,birth,housing_occupancy_status,household_weight\n1,adult,1970-01-01,tenant,1000\n');
    const io = capture();
    const code = await microsimCommand.run(['--country', '@civicblocks/country-template', '--data', 'one.csv', '--reform', 'removal_basic_income', '--period', '2025-01', '--variables', 'basic_income,disposable_income', '--threshold', '500', '--workers', '0', '--output', 'report.json', '--format', 'json'], io);
    expect(io.err.join('')).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as { budget: { variable: string; baseline: number; change: number }[]; belowThreshold: { persons: { baseline: number; reform: number } } };
    expect(report.budget[0]).toMatchObject({ variable: 'basic_income', baseline: 600_000, change: -600_000 });
    expect(report.budget[1]?.baseline).toBeCloseTo(1000 * (600 - 200 / 12), 6);
    expect(report.belowThreshold.persons).toEqual({ baseline: 0, reform: 1000, change: 1000 });
    expect(JSON.parse(io.out.join(''))).toEqual(report);
  });

  it('generates a synthetic population and reports on it as text', async () => {
    const io = capture();
    expect(await microsimCommand.run(['generate', 'people.parquet', '--persons', '2000', '--seed', '5'], io)).toBe(0);
    expect(io.out.join('')).toMatch(/^Wrote 2000 persons in \d+ households to people\.parquet/);
    const text = capture();
    expect(await microsimCommand.run(['--country', '@civicblocks/country-template', '--data', 'people.parquet', '--reform', 'flat_social_security_contribution', '--period', '2025-01', '--workers', '0'], text)).toBe(0);
    expect(text.out.join('')).toContain('Mean change of disposable_income by decile');
    expect(text.out.join('')).toContain('2,000 person rows');
  });

  it('exits 2 on unusable input, naming the problem', async () => {
    const missing = capture();
    expect(await microsimCommand.run(['--country', '@civicblocks/country-template'], missing)).toBe(2);
    expect(missing.err.join('')).toContain('--data');
    writeFileSync(join(folder, 'bad.csv'), 'household_id,household_role,salary,household_weight\n1,adult,lots,1\n');
    const bad = capture();
    expect(await microsimCommand.run(['--country', '@civicblocks/country-template', '--data', 'bad.csv', '--period', '2025-01', '--workers', '0'], bad)).toBe(2);
    expect(bad.err.join('')).toMatch(/bad\.csv, row 1, column salary.*\[non_numeric_value\]/);
    const reform = capture();
    expect(await microsimCommand.run(['--country', '@civicblocks/country-template', '--data', 'one.csv', '--reform', 'no_such_reform', '--workers', '0'], reform)).toBe(2);
    expect(reform.err.join('')).toContain('[unknown_reform]');
  });
});
