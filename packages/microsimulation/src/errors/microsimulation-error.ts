/**
 * Stable codes of microsimulation errors.
 *
 * @since 0.1.0
 */
export type MicrosimulationErrorCode =
  | 'unreadable_file'
  | 'missing_column'
  | 'person_without_group'
  | 'unknown_role'
  | 'non_numeric_value'
  | 'invalid_value'
  | 'group_not_contiguous'
  | 'unknown_variable'
  | 'unknown_reform'
  | 'invalid_option';

/**
 * Where a microsimulation error is: the file, the 1-based data row (the header is not
 * counted) and the column.
 *
 * @since 0.1.0
 */
export interface MicrosimulationErrorLocation {
  /** Path of the population file. */
  readonly file?: string;
  /** 1-based data row, not counting a CSV header. */
  readonly row?: number;
  /** Column name. */
  readonly column?: string;
}

/**
 * The one error class of the microsimulation package, with a stable code and the location.
 *
 * @example
 * ```ts
 * import { MicrosimulationError } from '@civicblocks/microsimulation';
 *
 * const error = new MicrosimulationError('missing_column', "No column 'household_id'.", { file: 'people.csv', column: 'household_id' });
 * error.message; // "No column 'household_id'. (people.csv, column household_id)"
 * ```
 * @since 0.1.0
 */
export class MicrosimulationError extends Error {
  /** Tag that identifies the error family without `instanceof`. */
  readonly _tag = 'MicrosimulationError' as const;
  /** Stable code. */
  readonly code: MicrosimulationErrorCode;
  /** Where the mistake is. */
  readonly location: MicrosimulationErrorLocation;

  constructor(code: MicrosimulationErrorCode, message: string, location: MicrosimulationErrorLocation = {}, options?: ErrorOptions) {
    const where = [location.file, location.row === undefined ? undefined : `row ${location.row}`, location.column === undefined ? undefined : `column ${location.column}`].filter((part) => part !== undefined);
    super(where.length === 0 ? message : `${message} (${where.join(', ')})`, options);
    this.name = 'MicrosimulationError';
    this.code = code;
    this.location = location;
  }
}
