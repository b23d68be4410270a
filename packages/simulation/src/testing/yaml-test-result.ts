import type { TestCell } from './expected-values.js';
import type { YamlTestProblem } from './yaml-test-problem.js';

/**
 * One row of a compared column: the person or group, what the test expects and what the engine
 * computed.
 *
 * @since 0.1.0
 */
export interface ComparedRow {
  /** The person's or group's id from the input. */
  readonly id: string;
  /** The expected value. */
  readonly expected: TestCell;
  /** The computed value. */
  readonly actual: TestCell;
  /** Whether they match, margins included. */
  readonly matches: boolean;
}

/**
 * A variable at a period whose computed values differ from the expected ones.
 *
 * @since 0.1.0
 */
export interface ValueMismatch {
  /** The variable. */
  readonly variable: string;
  /** The period, in its canonical form. */
  readonly period: string;
  /** The entity's plural, for example `persons`. */
  readonly entity: string;
  /** Every compared row, matching or not. */
  readonly rows: readonly ComparedRow[];
  /** The absolute margin applied, if any. */
  readonly absoluteErrorMargin: number | undefined;
  /** The relative margin applied, if any. */
  readonly relativeErrorMargin: number | undefined;
  /** 1-based line of the expected value in the test file. */
  readonly line: number;
  /** 1-based column of the expected value. */
  readonly column: number;
}

/**
 * The trace of a test's calculations: readable text (one tree per compared variable and
 * period) and the data of the OpenFisca Web API's `/trace` shape.
 *
 * @since 0.1.0
 */
export interface YamlTestTrace {
  /** One indented tree per compared (variable, period): values, dependencies and parameters read. */
  readonly text: string;
  /** The flat trace as data. */
  readonly data: unknown;
}

/**
 * What happened to one test: `passed`, `failed` (a value differs) or `error` (the test could not
 * be run as written; see `problems`).
 *
 * @since 0.1.0
 */
export type YamlTestStatus = 'passed' | 'failed' | 'error';

/**
 * The outcome of one YAML test.
 *
 * @since 0.1.0
 */
export interface YamlTestResult {
  /** The test file. */
  readonly file: string;
  /** The test's name. */
  readonly name: string;
  /** 1-based line where the test starts. */
  readonly line: number;
  /** Passed, failed or error. */
  readonly status: YamlTestStatus;
  /** Variables at periods whose values differ. */
  readonly mismatches: readonly ValueMismatch[];
  /** Why the test could not run as written. */
  readonly problems: readonly YamlTestProblem[];
  /** How many values were compared. */
  readonly comparedValues: number;
  /** The calculation trace, when asked for. */
  readonly trace?: YamlTestTrace;
  /** Wall time of the test in milliseconds. */
  readonly durationMs: number;
}

/**
 * The outcome of a run over several files.
 *
 * @since 0.1.0
 */
export interface YamlTestRunResult {
  /** Every test run, in file order. */
  readonly results: readonly YamlTestResult[];
  /** Problems with whole files (unreadable, invalid YAML); each counts as one failure. */
  readonly fileProblems: readonly YamlTestProblem[];
  /** Tests that passed. */
  readonly passed: number;
  /** Tests that failed or could not run, plus unusable files. */
  readonly failed: number;
}

/** Sums up results into a run result. */
export function summarise(results: readonly YamlTestResult[], fileProblems: readonly YamlTestProblem[]): YamlTestRunResult {
  const passed = results.filter((result) => result.status === 'passed').length;
  const unusableFiles = new Set(fileProblems.map((item) => item.location.file)).size;
  return { results, fileProblems, passed, failed: results.length - passed + unusableFiles };
}
