import { parsePeriod } from '../periods/parse-period.js';
import { entryOf, readLocatedYaml, toPlain, type LocatedMapping, type LocatedValue } from './located-yaml.js';
import type { ErrorMargin, LocatedText, YamlTest } from './yaml-test.js';
import { problem, type YamlTestProblem } from './yaml-test-problem.js';

/**
 * A test file once read: its tests, and the problems that concern the whole file.
 *
 * @since 0.1.0
 */
export interface ParsedYamlTestFile {
  /** The file's path or name. */
  readonly file: string;
  /** Its tests, in file order. */
  readonly tests: readonly YamlTest[];
  /** Problems with the file as a whole (syntax errors, a root that is neither a test nor a list). */
  readonly problems: readonly YamlTestProblem[];
}

const testKeys = new Set([
  'name',
  'description',
  'period',
  'input',
  'output',
  'absolute_error_margin',
  'relative_error_margin',
  'reforms',
  'extensions',
  'keywords',
  'max_spiral_loops',
  'parameters',
  'only_variables',
  'ignore_variables',
]);

/**
 * Reads the text of an OpenFisca-format YAML test file: one test or a list of tests. Shape errors
 * (an unknown key, a margin that is not a number, a bad period) are attached to their test, so
 * that the other tests of the file still run.
 *
 * @example
 * ```ts
 * import { parseYamlTestFile } from '@civicblocks/simulation/testing';
 *
 * const { tests } = parseYamlTestFile('- name: Income tax\n  period: 2017-01\n  input: {salary: 2000}\n  output: {income_tax: 300}\n', 'income_tax.yaml');
 * tests[0]?.name; // 'Income tax'
 * ```
 * @since 0.1.0
 */
export function parseYamlTestFile(text: string, file: string): ParsedYamlTestFile {
  const document = readLocatedYaml(text);
  if (!document.ok) {
    return { file, tests: [], problems: document.errors.map((error) => problem('invalid_yaml', error.message, { file, line: error.line, column: error.column })) };
  }
  const root = document.root;
  if (root.kind === 'scalar' && root.value === null) return { file, tests: [], problems: [] };
  const items = root.kind === 'sequence' ? root.items : [root];
  const tests: YamlTest[] = [];
  const problems: YamlTestProblem[] = [];
  items.forEach((item, index) => {
    if (item.kind !== 'mapping') {
      problems.push(problem('invalid_test', `test ${index + 1} is a ${item.kind}, not a mapping`, { file, line: item.line, column: item.column }));
      return;
    }
    tests.push(readTest(item, index, file));
  });
  return { file, tests, problems };
}

function readTest(mapping: LocatedMapping, index: number, file: string): YamlTest {
  const nameEntry = entryOf(mapping, 'name');
  const name = nameEntry?.value.kind === 'scalar' && nameEntry.value.value !== null ? String(nameEntry.value.value) : `test ${index + 1}`;
  const problems: YamlTestProblem[] = [];
  const at = (position: { line: number; column: number }) => ({ file, line: position.line, column: position.column, test: name });

  for (const entry of mapping.entries) {
    if (!testKeys.has(entry.key)) problems.push(problem('unknown_key', `unknown key '${entry.key}'`, at(entry.keyPosition)));
  }

  const text = (key: string): LocatedText | undefined => {
    const value = entryOf(mapping, key)?.value;
    if (value === undefined || (value.kind === 'scalar' && value.value === null)) return undefined;
    if (value.kind !== 'scalar') {
      problems.push(problem('invalid_test', `'${key}' must be a text, not a ${value.kind}`, at(value)));
      return undefined;
    }
    return { text: String(value.value), line: value.line, column: value.column };
  };
  const texts = (key: string): LocatedText[] => {
    const value = entryOf(mapping, key)?.value;
    if (value === undefined || (value.kind === 'scalar' && value.value === null)) return [];
    const list = value.kind === 'sequence' ? value.items : [value];
    const result: LocatedText[] = [];
    for (const item of list) {
      if (item.kind === 'scalar' && item.value !== null) result.push({ text: String(item.value), line: item.line, column: item.column });
      else problems.push(problem('invalid_test', `'${key}' must be a text or a list of texts`, at(item)));
    }
    return result;
  };

  const period = text('period');
  if (period !== undefined) {
    try {
      parsePeriod(period.text);
    } catch (error) {
      problems.push(problem('invalid_period', `invalid period '${period.text}': ${error instanceof Error ? error.message : String(error)}`, at(period)));
    }
  }

  const output = entryOf(mapping, 'output')?.value;
  if (output === undefined) problems.push(problem('invalid_test', "the test has no 'output'", at(mapping)));
  else if (output.kind !== 'mapping') problems.push(problem('invalid_test', "'output' must be a mapping of variables or entities", at(output)));

  const input = entryOf(mapping, 'input')?.value;
  if (input !== undefined && input.kind !== 'mapping' && !(input.kind === 'scalar' && input.value === null)) {
    problems.push(problem('invalid_input', "'input' must be a mapping", at(input)));
  }

  const maxSpiral = entryOf(mapping, 'max_spiral_loops')?.value;
  let maxSpiralLoops: number | undefined;
  if (maxSpiral !== undefined) {
    if (maxSpiral.kind === 'scalar' && typeof maxSpiral.value === 'number' && Number.isInteger(maxSpiral.value) && maxSpiral.value >= 0) maxSpiralLoops = maxSpiral.value;
    else problems.push(problem('invalid_test', "'max_spiral_loops' must be a whole number", at(maxSpiral)));
  }

  const description = text('description');
  const onlyVariables = entryOf(mapping, 'only_variables') === undefined ? undefined : texts('only_variables').map((item) => item.text);
  const parameters = entryOf(mapping, 'parameters')?.value;
  return {
    file,
    index,
    line: mapping.line,
    column: mapping.column,
    name,
    description: description?.text,
    period,
    input: input?.kind === 'mapping' ? input : undefined,
    output: output?.kind === 'mapping' ? output : undefined,
    absoluteErrorMargin: readMargin(entryOf(mapping, 'absolute_error_margin')?.value, (message, where) => problems.push(problem('invalid_margin', message, at(where)))),
    relativeErrorMargin: readMargin(entryOf(mapping, 'relative_error_margin')?.value, (message, where) => problems.push(problem('invalid_margin', message, at(where)))),
    reforms: texts('reforms'),
    extensions: texts('extensions'),
    keywords: texts('keywords').map((item) => item.text),
    maxSpiralLoops,
    parameters: parameters?.kind === 'scalar' && parameters.value === null ? undefined : parameters,
    onlyVariables,
    ignoreVariables: texts('ignore_variables').map((item) => item.text),
    problems,
  };
}

function readMargin(value: LocatedValue | undefined, report: (message: string, where: LocatedValue) => void): ErrorMargin {
  if (value === undefined || (value.kind === 'scalar' && value.value === null)) return { default: undefined, byVariable: {} };
  const number = (item: LocatedValue): number | undefined => {
    const plain = toPlain(item);
    const parsed = typeof plain === 'number' ? plain : typeof plain === 'string' && plain.trim() !== '' ? Number(plain) : Number.NaN;
    if (Number.isFinite(parsed) && parsed >= 0) return parsed;
    report(`a margin must be a number ≥ 0, got ${JSON.stringify(plain)}`, item);
    return undefined;
  };
  if (value.kind === 'scalar') return { default: number(value), byVariable: {} };
  if (value.kind === 'sequence') {
    report('a margin must be a number or a mapping, not a list', value);
    return { default: undefined, byVariable: {} };
  }
  const byVariable: Record<string, number> = {};
  let fallback: number | undefined;
  for (const entry of value.entries) {
    const margin = number(entry.value);
    if (margin === undefined) continue;
    if (entry.key === 'default') fallback = margin;
    else byVariable[entry.key] = margin;
  }
  return { default: fallback, byVariable };
}
