import { parsePeriod } from '../periods/parse-period.js';
import type { Period } from '../periods/period.js';
import { cellsMatch, readExpectedCells, type TestCell } from './expected-values.js';
import { entryOf, toPlain, type LocatedMapping, type LocatedValue, type SourcePosition } from './located-yaml.js';
import { parseYamlTestFile, type ParsedYamlTestFile } from './parse-yaml-test-file.js';
import { engineFor, type CountryPackage, type TestEngine, type TestEntity, type TestSimulation, type TestVariable } from './test-engine.js';
import type { ErrorMargin, YamlTest } from './yaml-test.js';
import { problem, type YamlTestLocation, type YamlTestProblem } from './yaml-test-problem.js';
import { summarise, type ComparedRow, type ValueMismatch, type YamlTestResult, type YamlTestRunResult, type YamlTestTrace } from './yaml-test-result.js';

/**
 * Options of a YAML test run.
 *
 * @since 0.1.0
 */
export interface YamlTestRunOptions {
  /** The country package: its tax-benefit system and its reform registry. */
  readonly country: CountryPackage;
  /** Reforms applied to every test, before the test's own (names from the registry). */
  readonly reforms?: readonly string[];
  /**
   * Runs only the tests whose file name or test name contains this text, or that have it as a
   * keyword (as OpenFisca's `--name_filter`).
   */
  readonly nameFilter?: string;
  /** Records each test's calculation trace in its result. */
  readonly trace?: boolean;
  /** Called after each test, for progress reports. */
  readonly onResult?: (result: YamlTestResult, done: number, total: number) => void;
}

/**
 * A test file's text and name, for {@link runYamlTests}.
 *
 * @since 0.1.0
 */
export interface YamlTestSource {
  /** The file name shown in results and errors. */
  readonly file: string;
  /** The YAML text. */
  readonly text: string;
}

/**
 * Runs YAML test files given as text (browser-safe; in Node, {@link runYamlTestFiles} reads
 * files and folders). A problem in one test (an unknown key, variable or reform, a malformed
 * expected value) is reported in that test's result, and the other tests still run.
 *
 * @example
 * ```ts
 * import { runYamlTests } from '@civicblocks/simulation/testing';
 * import { country } from '@civicblocks/country-template';
 *
 * const run = runYamlTests([{ file: 'inline.yaml', text: '{period: 2017-01, input: {salary: 2000}, output: {income_tax: 300}}' }], { country });
 * console.log(`${run.passed} passed, ${run.failed} failed`); // 1 passed, 0 failed
 * ```
 * @since 0.1.0
 */
export function runYamlTests(sources: readonly YamlTestSource[], options: YamlTestRunOptions): YamlTestRunResult {
  return runParsedFiles(
    sources.map((source) => parseYamlTestFile(source.text, source.file)),
    [],
    options,
  );
}

/** Runs parsed files; `fileProblems` are problems found before parsing (unreadable files). */
export function runParsedFiles(files: readonly ParsedYamlTestFile[], fileProblems: readonly YamlTestProblem[], options: YamlTestRunOptions): YamlTestRunResult {
  const problems = [...fileProblems, ...files.flatMap((file) => file.problems)];
  const selected = files.flatMap((file) => file.tests.filter((test) => matchesFilter(test, options.nameFilter)));
  const engine = engineFor(options.country);
  const results: YamlTestResult[] = [];
  for (const test of selected) {
    const result = runYamlTest(test, engine, options);
    results.push(result);
    options.onResult?.(result, results.length, selected.length);
  }
  return summarise(results, problems);
}

function matchesFilter(test: YamlTest, filter: string | undefined): boolean {
  if (filter === undefined || filter === '') return true;
  const base = test.file.split(/[\\/]/).pop()?.replace(/\.ya?ml$/i, '') ?? '';
  return base.includes(filter) || test.name.includes(filter) || test.keywords.includes(filter);
}

/** Runs one test. */
function runYamlTest(test: YamlTest, baseline: TestEngine, options: YamlTestRunOptions): YamlTestResult {
  const started = performance.now();
  const problems: YamlTestProblem[] = [...test.problems];
  const mismatches: ValueMismatch[] = [];
  let compared = 0;
  let trace: YamlTestTrace | undefined;
  const at = (position: SourcePosition): YamlTestLocation => ({ file: test.file, line: position.line, column: position.column, test: test.name });

  const finish = (): YamlTestResult => ({
    file: test.file,
    name: test.name,
    line: test.line,
    status: problems.length > 0 ? 'error' : mismatches.length > 0 ? 'failed' : 'passed',
    mismatches,
    problems,
    comparedValues: compared,
    ...(trace === undefined ? {} : { trace }),
    durationMs: performance.now() - started,
  });
  if (problems.length > 0 || test.output === undefined) return finish();

  let engine = baseline;
  const reformNames = [...(options.reforms ?? []).map((name) => ({ text: name, line: test.line, column: test.column, fromOptions: true })), ...test.reforms.map((reform) => ({ ...reform, fromOptions: false }))];
  for (const reform of reformNames) {
    const key = reform.text.split('.').pop() ?? reform.text;
    const next = engine.withReform(key);
    if (next === undefined) {
      problems.push(problem('unknown_reform', `unknown reform '${reform.text}'${reform.fromOptions ? ' (given on the command line)' : ''}; the country package has: ${engine.reformNames().join(', ') || 'none'}`, at(reform)));
    } else engine = next;
  }
  for (const extension of test.extensions) {
    const key = extension.text.split('.').pop() ?? extension.text;
    const next = engine.withExtension(key);
    if (next === undefined) problems.push(problem('unsupported_extension', `unknown extension '${extension.text}'`, at(extension)));
    else engine = next;
  }
  if (test.parameters !== undefined) {
    const changed = engine.withParameterChanges(test.parameters, test.period?.text);
    if (!changed.ok) {
      problems.push(problem('invalid_parameters', changed.message, at(changed.position)));
    } else engine = changed.engine;
  }
  if (problems.length > 0) return finish();

  const defaultPeriod = test.period === undefined ? undefined : parsePeriod(test.period.text);
  const simulation = engine.simulate(test.input === undefined ? {} : toPlain(test.input), defaultPeriod, { trace: options.trace === true, maxSpiralLoops: test.maxSpiralLoops });
  if (!simulation.ok) {
    const code = simulation.code === 'unknown_variable' ? 'unknown_variable' : simulation.code === 'unknown_entity' || simulation.code === 'unknown_person' ? 'unknown_entity' : 'invalid_input';
    problems.push(problem(code, `in the input: ${simulation.message}`, at(locateJsonPath(test.input, simulation.jsonPath) ?? test.input ?? test)));
    return finish();
  }

  const traced: [TestVariable, Period][] = [];
  const check = (variableName: string, written: LocatedValue, position: SourcePosition, entity: TestEntity | undefined, id: { readonly id: string; readonly position: SourcePosition } | undefined): void => {
    if (!isChecked(test, variableName)) return;
    const variable = engine.variable(variableName);
    if (variable === undefined) {
      problems.push(problem('unknown_variable', `unknown variable '${variableName}'`, at(position)));
      return;
    }
    if (entity !== undefined && variable.entity.key !== entity.key) {
      problems.push(problem('unknown_variable', `'${variableName}' describes ${variable.entity.plural}, not ${entity.plural}`, at(position)));
      return;
    }
    const byPeriod: { period: string; value: LocatedValue; position: SourcePosition }[] = [];
    if (written.kind === 'mapping') for (const entry of written.entries) byPeriod.push({ period: entry.key, value: entry.value, position: entry.keyPosition });
    else if (test.period === undefined) {
      problems.push(problem('invalid_period', `the expected value of '${variableName}' has no period, and the test has no 'period'`, at(written)));
      return;
    } else byPeriod.push({ period: test.period.text, value: written, position: written });
    for (const item of byPeriod) {
      let period: Period;
      try {
        period = parsePeriod(item.period);
      } catch (error) {
        problems.push(problem('invalid_period', `invalid period '${item.period}' for '${variableName}': ${messageOf(error)}`, at(item.position)));
        continue;
      }
      compared += compareColumn(variable, period, item.value, id, simulation.simulation);
    }
  };

  const compareColumn = (variable: TestVariable, period: Period, written: LocatedValue, id: { readonly id: string; readonly position: SourcePosition } | undefined, handle: TestSimulation): number => {
    const ids = handle.ids(variable.entity);
    let rowIndices: number[];
    if (id === undefined) rowIndices = ids.map((_, index) => index);
    else {
      const index = ids.indexOf(id.id);
      if (index < 0) {
        problems.push(problem('unknown_entity', `no ${variable.entity.key} '${id.id}' in the input (${variable.entity.plural}: ${ids.join(', ')})`, at(id.position)));
        return 0;
      }
      rowIndices = [index];
    }
    const expected = readExpectedCells(written, variable, rowIndices.length);
    if (!expected.ok) {
      problems.push(problem('invalid_expected_value', expected.message, at(expected.position)));
      return 0;
    }
    traced.push([variable, period]);
    let actual: readonly TestCell[];
    try {
      actual = handle.calculate(variable, period);
    } catch (error) {
      problems.push(problem('calculation_error', `${variable.name} @ ${period.toString()}: ${messageOf(error)}`, at(written)));
      return 0;
    }
    const absolute = marginFor(test.absoluteErrorMargin, variable.name);
    const relative = marginFor(test.relativeErrorMargin, variable.name);
    const rows: ComparedRow[] = rowIndices.map((rowIndex, position) => {
      const actualCell = actual[rowIndex] as TestCell;
      const expectedCell = expected.cells[position] as TestCell;
      return { id: ids[rowIndex] ?? String(rowIndex), expected: expectedCell, actual: actualCell, matches: cellsMatch(actualCell, expectedCell, absolute, relative) };
    });
    if (rows.some((row) => !row.matches)) {
      mismatches.push({ variable: variable.name, period: period.toString(), entity: variable.entity.plural, rows, absoluteErrorMargin: absolute, relativeErrorMargin: relative, line: written.line, column: written.column });
    }
    return rows.length;
  };

  for (const entry of test.output.entries) {
    const entity = engine.entity(entry.key);
    if (engine.variable(entry.key) !== undefined || entity === undefined) {
      check(entry.key, entry.value, entry.keyPosition, undefined, undefined);
    } else if (entry.key === entity.key) {
      for (const variableEntry of mappingEntries(entry.value, `'${entry.key}'`, problems, at)) check(variableEntry.key, variableEntry.value, variableEntry.keyPosition, entity, undefined);
    } else {
      for (const idEntry of mappingEntries(entry.value, `'${entry.key}'`, problems, at)) {
        for (const variableEntry of mappingEntries(idEntry.value, `'${entry.key}.${idEntry.key}'`, problems, at)) {
          check(variableEntry.key, variableEntry.value, variableEntry.keyPosition, entity, { id: idEntry.key, position: idEntry.keyPosition });
        }
      }
    }
  }
  if (options.trace === true) {
    const text = traced.map(([variable, period]) => simulation.simulation.traceText(variable, period)).filter((item) => item !== '');
    trace = { text: text.join('\n'), data: simulation.simulation.traceData() };
  }
  return finish();
}

function mappingEntries(value: LocatedValue, what: string, problems: YamlTestProblem[], at: (position: SourcePosition) => YamlTestLocation): LocatedMapping['entries'] {
  if (value.kind === 'mapping') return value.entries;
  problems.push(problem('invalid_expected_value', `${what} must be a mapping`, at(value)));
  return [];
}

function isChecked(test: YamlTest, variable: string): boolean {
  if (test.ignoreVariables.includes(variable)) return false;
  return test.onlyVariables === undefined || test.onlyVariables.includes(variable);
}

function marginFor(margin: ErrorMargin, variable: string): number | undefined {
  return margin.byVariable[variable] ?? margin.default;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The position of a JSON path such as `persons.Ari.salary` inside the test's input. */
function locateJsonPath(input: LocatedValue | undefined, jsonPath: string | undefined): SourcePosition | undefined {
  if (input === undefined || jsonPath === undefined) return undefined;
  let node: LocatedValue = input;
  let position: SourcePosition = input;
  for (const segment of jsonPath.split('.')) {
    if (node.kind === 'mapping') {
      const entry = entryOf(node, segment);
      if (entry === undefined) break;
      position = entry.keyPosition;
      node = entry.value;
    } else if (node.kind === 'sequence') {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      position = item;
      node = item;
    } else break;
  }
  return position;
}
