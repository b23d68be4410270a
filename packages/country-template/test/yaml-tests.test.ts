import { join, relative } from 'node:path';
import { formatYamlTestProblem, formatYamlTestResult, runYamlTestFiles } from '@civicblocks/simulation/testing';
import { describe, expect, it } from 'vitest';
import { country } from '../src/index.js';

// Every YAML file in tests/ runs through the engine's YAML test runner, one vitest test per
// YAML test, so that a failure names the file, the line and the test.
const folder = join(import.meta.dirname, '..', 'tests');
const run = await runYamlTestFiles([folder], { country });

describe('YAML tests in tests/', () => {
  it('finds the whole suite', () => {
    expect(run.results.length).toBeGreaterThanOrEqual(70);
  });

  it('has only valid files', () => {
    expect(run.fileProblems.map(formatYamlTestProblem)).toEqual([]);
  });

  for (const result of run.results) {
    it(`${relative(folder, result.file)}:${result.line} › ${result.name}`, () => {
      if (result.status !== 'passed') expect.fail(formatYamlTestResult(result));
    });
  }
});
