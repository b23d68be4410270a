/**
 * The stable code of a YAML test problem. Codes never change once released.
 *
 * @since 0.1.0
 */
export type YamlTestProblemCode =
  | 'unreadable_file'
  | 'invalid_yaml'
  | 'invalid_test'
  | 'unknown_key'
  | 'invalid_period'
  | 'invalid_margin'
  | 'unknown_reform'
  | 'unsupported_extension'
  | 'invalid_parameters'
  | 'invalid_input'
  | 'unknown_variable'
  | 'unknown_entity'
  | 'invalid_expected_value'
  | 'calculation_error';

/**
 * What the catalogue says about one problem code.
 *
 * @since 0.1.0
 */
export interface YamlTestProblemEntry {
  /** Short title, for docs and reports. */
  readonly title: string;
  /** What a person should do about it. */
  readonly hint: string;
}

/**
 * Every way a YAML test can be unusable, as data: a stable code, a title and a hint. A problem
 * stops only the test it belongs to (or the file, for a file that is not YAML); the run goes on.
 *
 * @since 0.1.0
 */
export const yamlTestProblemCatalogue: Readonly<Record<YamlTestProblemCode, YamlTestProblemEntry>> = {
  unreadable_file: { title: 'Unreadable test file', hint: 'Check that the path exists and is a readable file.' },
  invalid_yaml: { title: 'Invalid YAML', hint: 'Fix the YAML syntax at the line shown; duplicate keys are errors too.' },
  invalid_test: { title: 'Invalid test', hint: 'A test is a mapping with at least `output`; a file holds one test or a list of tests.' },
  unknown_key: {
    title: 'Unknown key in a test',
    hint: 'Use only name, description, period, input, output, absolute_error_margin, relative_error_margin, reforms, extensions, keywords, max_spiral_loops, parameters, only_variables, ignore_variables.',
  },
  invalid_period: { title: 'Invalid period', hint: "Write a period as '2017', '2017-01', 'month:2017-01:3', 'eternity'…" },
  invalid_margin: { title: 'Invalid error margin', hint: 'Write a margin as a number, or as a mapping of variable names (and `default`) to numbers.' },
  unknown_reform: { title: 'Unknown reform', hint: 'Name a reform of the country package’s registry; a dotted OpenFisca path resolves by its last segment.' },
  unsupported_extension: { title: 'Unsupported extension', hint: 'Load extensions into the country package before running the tests; `extensions` cannot load code here.' },
  invalid_parameters: { title: 'Invalid parameter change', hint: 'Write `parameters` as a tree (or dotted names) of existing parameters, each with a value or dated values.' },
  invalid_input: { title: 'Invalid input', hint: 'Write `input` as a situation: entity plurals at the top, or the short forms.' },
  unknown_variable: { title: 'Unknown variable', hint: 'Check the spelling against the country package’s variables, and the reforms the test applies.' },
  unknown_entity: { title: 'Unknown entity or id', hint: 'Name an entity by its singular or plural key, and an id that the input declares.' },
  invalid_expected_value: {
    title: 'Malformed expected value',
    hint: 'Write a number, a boolean, a list, an enum item name, a date, or an arithmetic expression such as `600 - 200 / 12`.',
  },
  calculation_error: { title: 'Calculation error', hint: 'The engine could not compute a value; the message says which variable, period or parameter.' },
};

/**
 * Where a problem is: the file, the test's name and the line and column in the file.
 *
 * @since 0.1.0
 */
export interface YamlTestLocation {
  /** The test file, as given to the runner. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** The test's `name`, when the problem belongs to a test. */
  readonly test?: string;
}

/**
 * Something that makes a test (or a whole file) unusable, as opposed to a failed comparison.
 *
 * @since 0.1.0
 */
export interface YamlTestProblem {
  /** Stable code, a key of {@link yamlTestProblemCatalogue}. */
  readonly code: YamlTestProblemCode;
  /** What is wrong, with the specifics. */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
  /** Where it is. */
  readonly location: YamlTestLocation;
}

/** Builds a problem with the catalogue's hint. */
export function problem(code: YamlTestProblemCode, message: string, location: YamlTestLocation): YamlTestProblem {
  return { code, message, hint: yamlTestProblemCatalogue[code].hint, location };
}

/**
 * Formats a problem as one line an editor can jump to: `file:line:column: message (test 'name') [code]`.
 *
 * @since 0.1.0
 */
export function formatYamlTestProblem(value: YamlTestProblem): string {
  const { file, line, column, test } = value.location;
  return `${file}:${line}:${column}: ${value.message}${test === undefined ? '' : ` (test '${test}')`} [${value.code}]`;
}
