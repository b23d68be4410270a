import { describe, expect, it } from 'vitest';
import { parseYamlTestFile } from './parse-yaml-test-file.js';

describe('parseYamlTestFile', () => {
  it('reads one test or a list, with the line of each test', () => {
    const single = parseYamlTestFile('name: One\nperiod: 2017-01\noutput:\n  income_tax: 300\n', 'single.yaml');
    expect(single.tests.map((test) => [test.name, test.line])).toEqual([['One', 1]]);
    const list = parseYamlTestFile('- name: A\n  output: {x: 1}\n\n- name: B\n  output: {x: 2}\n', 'list.yaml');
    expect(list.tests.map((test) => [test.name, test.line, test.index])).toEqual([
      ['A', 1, 0],
      ['B', 4, 1],
    ]);
  });

  it('reads every key of the format', () => {
    const text = [
      '- name: Everything',
      '  description: All the keys',
      '  period: 2017',
      '  absolute_error_margin: 0.5',
      '  relative_error_margin: {default: 0.01, income_tax: 0.1}',
      '  reforms: [a.b.add_new_tax, removal_basic_income]',
      '  extensions: my_extension',
      '  keywords: [tax, smoke]',
      '  max_spiral_loops: 3',
      '  parameters: {taxes: {income_tax_rate: {2017-01-01: 0.2}}}',
      '  input: {salary: 1000}',
      '  output: {income_tax: 200}',
    ].join('\n');
    const [test] = parseYamlTestFile(text, 'all.yaml').tests;
    expect(test?.problems).toEqual([]);
    expect(test?.description).toBe('All the keys');
    expect(test?.period?.text).toBe('2017');
    expect(test?.absoluteErrorMargin).toEqual({ default: 0.5, byVariable: {} });
    expect(test?.relativeErrorMargin).toEqual({ default: 0.01, byVariable: { income_tax: 0.1 } });
    expect(test?.reforms.map((reform) => reform.text)).toEqual(['a.b.add_new_tax', 'removal_basic_income']);
    expect(test?.extensions.map((extension) => extension.text)).toEqual(['my_extension']);
    expect(test?.keywords).toEqual(['tax', 'smoke']);
    expect(test?.maxSpiralLoops).toBe(3);
    expect(test?.parameters?.kind).toBe('mapping');
  });

  it('reports an unknown key at its line and column, with the test name', () => {
    const { tests } = parseYamlTestFile('- name: Typo\n  period: 2017-01\n  ouput: {x: 1}\n  output: {x: 1}\n', 'typo.yaml');
    expect(tests[0]?.problems).toEqual([expect.objectContaining({ code: 'unknown_key', location: { file: 'typo.yaml', line: 3, column: 3, test: 'Typo' } })]);
  });

  it('reports a test without output, a bad period and a bad margin', () => {
    const { tests } = parseYamlTestFile('- name: Bad\n  period: month:2014\n  absolute_error_margin: lots\n', 'bad.yaml');
    expect(tests[0]?.problems.map((item) => [item.code, item.location.line])).toEqual([
      ['invalid_period', 2],
      ['invalid_test', 1],
      ['invalid_margin', 3],
    ]);
  });

  it('reports invalid YAML and duplicate keys as file problems', () => {
    expect(parseYamlTestFile('- name: [unclosed\n', 'broken.yaml').problems[0]?.code).toBe('invalid_yaml');
    const duplicate = parseYamlTestFile('name: Twice\noutput: {x: 1}\noutput: {x: 2}\n', 'twice.yaml');
    expect(duplicate.problems[0]).toMatchObject({ code: 'invalid_yaml', location: { file: 'twice.yaml', line: 3 } });
  });

  it('reads period keys written as numbers as text', () => {
    const [test] = parseYamlTestFile('output:\n  salary:\n    2017: 12000\n', 'numbers.yaml').tests;
    const salary = test?.output?.entries[0]?.value;
    expect(salary?.kind === 'mapping' ? salary.entries.map((entry) => entry.key) : []).toEqual(['2017']);
  });

  it('reads an empty file as no tests', () => {
    expect(parseYamlTestFile('', 'empty.yaml')).toEqual({ file: 'empty.yaml', tests: [], problems: [] });
  });
});
