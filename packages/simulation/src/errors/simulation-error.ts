import { errorCatalogue, type SimulationErrorCode } from './catalogue.js';

/**
 * Where an error comes from. Every field is optional: each error fills in what it knows, so a
 * YAML error names its file, line and column, a situation error its JSON path, and a
 * calculation error its variable and period.
 *
 * @since 0.1.0
 */
export interface ErrorLocation {
  /** Path of the source file. */
  readonly file?: string;
  /** 1-based line in `file`. */
  readonly line?: number;
  /** 1-based column in `file`. */
  readonly column?: number;
  /** JSON path inside a situation or request, for example `persons.Ari.salary`. */
  readonly jsonPath?: string;
  /** Name of the variable being computed or set. */
  readonly variable?: string;
  /** Canonical form of the period concerned. */
  readonly period?: string;
  /** Dotted name of the parameter concerned. */
  readonly parameter?: string;
  /** The instant concerned, as `YYYY-MM-DD`. */
  readonly instant?: string;
}

/**
 * The one error class of the engine: a code from {@link errorCatalogue}, a message a person can
 * act on, and the location of the mistake.
 *
 * @example
 * ```ts
 * import { parsePeriod, SimulationError } from '@civicblocks/simulation';
 *
 * try {
 *   parsePeriod('month:2014');
 * } catch (error) {
 *   if (error instanceof SimulationError && error.code === 'invalid_period') {
 *     console.log(error.hint);
 *   }
 * }
 * ```
 * @since 0.1.0
 */
export class SimulationError extends Error {
  /** Tag that identifies the error family without `instanceof` across package copies. */
  readonly _tag = 'SimulationError' as const;
  /** Stable code, a key of {@link errorCatalogue}. */
  readonly code: SimulationErrorCode;
  /** What to do about it. */
  readonly hint: string;
  /** Where the mistake is. */
  readonly location: ErrorLocation;

  constructor(code: SimulationErrorCode, message: string, location: ErrorLocation = {}, options?: ErrorOptions) {
    super(withLocation(message, location), options);
    this.name = 'SimulationError';
    this.code = code;
    this.hint = errorCatalogue[code].hint;
    this.location = location;
  }
}

function withLocation(message: string, location: ErrorLocation): string {
  const where: string[] = [];
  if (location.file !== undefined) {
    const position = location.line === undefined ? '' : `:${location.line}${location.column === undefined ? '' : `:${location.column}`}`;
    where.push(`${location.file}${position}`);
  }
  if (location.jsonPath !== undefined) where.push(`at ${location.jsonPath}`);
  if (location.variable !== undefined) where.push(`variable ${location.variable}`);
  if (location.period !== undefined) where.push(`period ${location.period}`);
  if (location.parameter !== undefined) where.push(`parameter ${location.parameter}`);
  if (location.instant !== undefined) where.push(`on ${location.instant}`);
  return where.length === 0 ? message : `${message} (${where.join(', ')})`;
}
