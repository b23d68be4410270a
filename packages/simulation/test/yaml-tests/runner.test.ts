import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatYamlTestResult, runYamlTestFiles, runYamlTests, type YamlTestResult } from '../../src/testing/index.js';
import { fixtureCountry } from './fixture-country.js';

const here = import.meta.dirname;
const byName = (results: readonly YamlTestResult[], name: string): YamlTestResult => {
  const result = results.find((item) => item.name === name);
  if (result === undefined) throw new Error(`no test '${name}'`);
  return result;
};

describe('the YAML test runner', { timeout: 60_000 }, () => {
  it('passes every input and output form', async () => {
    const run = await runYamlTestFiles([join(here, 'passing.yaml')], { country: fixtureCountry });
    for (const result of run.results) expect(result.status, formatYamlTestResult(result)).toBe('passed');
    expect(run).toMatchObject({ passed: 6, failed: 0 });
  });

  it('reports expected against actual per id and period', async () => {
    const run = await runYamlTestFiles([join(here, 'failing.yaml')], { country: fixtureCountry });
    expect(run).toMatchObject({ passed: 0, failed: 2 });
    const wrong = byName(run.results, 'A wrong expectation');
    expect(wrong.mismatches).toEqual([
      expect.objectContaining({
        variable: 'income_tax',
        period: '2017-01',
        entity: 'persons',
        line: 10,
        rows: [
          { id: 'Ari', expected: 200, actual: 200, matches: true },
          { id: 'Bea', expected: 450, actual: 400, matches: false },
        ],
      }),
    ]);
    const text = formatYamlTestResult(wrong);
    expect(text).toContain('FAIL');
    expect(text).toMatch(/✗\s+Bea\s+450\s+400/);
    // 0.1 × 0.2 is 0.020000000000000004 in binary floating point: exact comparison fails.
    expect(byName(run.results, 'Exact without a margin').status).toBe('failed');
  });

  it('reports bad input with the file, the test and the line, and runs the other tests', async () => {
    const file = join(here, 'bad-input.yaml');
    const run = await runYamlTestFiles([file], { country: fixtureCountry });
    const problem = (name: string) => byName(run.results, name).problems[0];
    expect(problem('An unknown key')).toMatchObject({ code: 'unknown_key', location: { file, line: 3, test: 'An unknown key' } });
    expect(problem('An unknown variable')).toMatchObject({ code: 'unknown_variable', location: { file, line: 13, test: 'An unknown variable' } });
    expect(problem('A malformed expected value')).toMatchObject({ code: 'invalid_expected_value', location: { file, line: 20 } });
    expect(problem('An unknown reform')).toMatchObject({ code: 'unknown_reform', location: { file, line: 24 } });
    expect(problem('An unknown input variable')).toMatchObject({ code: 'unknown_variable', location: { file, line: 42, column: 9 } });
    expect(byName(run.results, 'Still runs after the others').status).toBe('passed');
    expect(run).toMatchObject({ passed: 1, failed: 5 });
  });

  it('counts a file that is not YAML as a failure and still runs the others', async () => {
    const run = await runYamlTestFiles([join(here, 'invalid-yaml.yaml'), join(here, 'passing.yaml'), join(here, 'missing.yaml')], { country: fixtureCountry });
    expect([...new Set(run.fileProblems.map((item) => item.code))].sort()).toEqual(['invalid_yaml', 'unreadable_file']);
    expect(run).toMatchObject({ passed: 6, failed: 2 });
  });

  it('filters by file name, test name or keyword', async () => {
    const options = { country: fixtureCountry };
    expect((await runYamlTestFiles([here], { ...options, nameFilter: 'passing' })).results).toHaveLength(6);
    expect((await runYamlTestFiles([here], { ...options, nameFilter: 'dotted OpenFisca' })).results.map((result) => result.name)).toEqual(['A reform by its dotted OpenFisca path']);
    expect((await runYamlTestFiles([here], { ...options, nameFilter: 'parameters' })).results.map((result) => result.name)).toEqual(['Parameters changed by the test']);
  });

  it('applies reforms given to the run before the test’s own, and records a trace on request', () => {
    const text = 'period: 2017-01\ninput: {salary: 1000}\noutput: {income_tax: 400}\n';
    const run = runYamlTests([{ file: 'inline.yaml', text }], { country: fixtureCountry, reforms: ['double_tax'], trace: true });
    expect(run.passed).toBe(1);
    expect(run.results[0]?.trace?.text).toContain('income_tax<2017-01>');
    const unknown = runYamlTests([{ file: 'inline.yaml', text }], { country: fixtureCountry, reforms: ['nope'] });
    expect(unknown.results[0]?.problems[0]?.code).toBe('unknown_reform');
  });
});
