import type { LocatedMapping, LocatedValue, SourcePosition } from './located-yaml.js';
import type { YamlTestProblem } from './yaml-test-problem.js';

/**
 * An error margin as a test gives it: one number for every variable, or per variable with a
 * `default`. No margin means exact comparison.
 *
 * @since 0.1.0
 */
export interface ErrorMargin {
  /** The margin for variables not listed in `byVariable`; undefined for exact comparison. */
  readonly default: number | undefined;
  /** Margins for named variables. */
  readonly byVariable: Readonly<Record<string, number>>;
}

/**
 * A text value of a test with the position it was written at.
 *
 * @since 0.1.0
 */
export interface LocatedText extends SourcePosition {
  /** The text. */
  readonly text: string;
}

/**
 * One test of a YAML test file, read and checked for shape but not yet run.
 *
 * @since 0.1.0
 */
export interface YamlTest extends SourcePosition {
  /** The file the test comes from. */
  readonly file: string;
  /** Position of the test in its file, from 0. */
  readonly index: number;
  /** The test's `name`, or `test N` when it has none. */
  readonly name: string;
  /** The test's `description`. */
  readonly description: string | undefined;
  /** The default period for inputs and outputs written without one. */
  readonly period: LocatedText | undefined;
  /** The situation, in any form the engine's situation reader accepts. */
  readonly input: LocatedValue | undefined;
  /** What the test expects. */
  readonly output: LocatedMapping | undefined;
  /** Absolute margin: |actual − expected| ≤ margin passes. */
  readonly absoluteErrorMargin: ErrorMargin;
  /** Relative margin: |actual − expected| ≤ margin × |expected| passes. */
  readonly relativeErrorMargin: ErrorMargin;
  /** Reforms to apply, in order, as written. */
  readonly reforms: readonly LocatedText[];
  /** Extensions named by the test. */
  readonly extensions: readonly LocatedText[];
  /** Keywords, matched by the name filter. */
  readonly keywords: readonly string[];
  /** Depth after which a spiral (a variable needing its own earlier values) stops. */
  readonly maxSpiralLoops: number | undefined;
  /** Parameter changes for this test only. */
  readonly parameters: LocatedValue | undefined;
  /** When set, only these output variables are checked. */
  readonly onlyVariables: readonly string[] | undefined;
  /** Output variables not checked. */
  readonly ignoreVariables: readonly string[];
  /** What makes the test unusable, found while reading it. */
  readonly problems: readonly YamlTestProblem[];
}
