import { SimulationError } from '../errors/simulation-error.js';
import { Instant, parseInstant } from '../periods/instant.js';
import { allocateColumn, type Column } from './value-type.js';
import type { Variable } from './variable.js';

/**
 * Values a caller may give for a variable: a column of the right typed array (used as is,
 * never copied), or a plain array of numbers, booleans, strings (enum item names, ISO dates)
 * or instants.
 *
 * @since 0.1.0
 */
export type InputValues = Column | readonly (number | boolean | string | Instant)[];

function enumSizeOf(variable: Variable): number {
  return variable.possibleValues?.items.length ?? 0;
}

/** The stored form of one value, or an error message. */
export function storedValue(variable: Variable, value: unknown): number | string {
  const fail = (expected: string): never => {
    throw new SimulationError('invalid_value', `'${variable.name}' expects ${expected}; got ${describe(value)}.`, { variable: variable.name });
  };
  switch (variable.valueType) {
    case 'float':
      return typeof value === 'number' ? value : fail('a number');
    case 'int':
      return typeof value === 'number' && Number.isFinite(value) ? Math.trunc(value) : fail('a whole number');
    case 'bool':
      if (typeof value === 'boolean') return value ? 1 : 0;
      if (value === 0 || value === 1) return value;
      return fail('true or false');
    case 'string': {
      if (typeof value !== 'string') return fail('a string');
      if (variable.maxLength !== undefined && value.length > variable.maxLength) fail(`at most ${variable.maxLength} characters`);
      return value;
    }
    case 'date':
      if (value instanceof Instant) return value.dayNumber;
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        try {
          return parseInstant(value).dayNumber;
        } catch {
          return fail('an ISO date such as 1980-01-31');
        }
      }
      return fail('an ISO date such as 1980-01-31');
    case 'enum': {
      const possible = variable.possibleValues;
      const index = typeof value === 'string' ? (possible?.indexOf(value) ?? -1) : typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < enumSizeOf(variable) ? value : -1;
      if (index < 0) return fail(`one of ${possible?.items.map((item) => `'${item.name}'`).join(', ') ?? 'its items'}`);
      return index;
    }
  }
}

/**
 * The column of `count` values of `variable` from `values` (a scalar is repeated). A typed
 * array of the variable's own kind is returned as is.
 */
export function toColumn(variable: Variable, values: InputValues | number | boolean | string, count: number): Column {
  const expected = allocateKind(variable);
  if (ArrayBuffer.isView(values) && values.constructor === expected) {
    const column = values as Column;
    if (column.length !== count) throw new SimulationError('invalid_columns', `'${variable.name}' needs ${count} values; got ${column.length}.`, { variable: variable.name });
    return column;
  }
  const column = allocateColumn(variable.valueType, count, enumSizeOf(variable));
  if (typeof values !== 'object') {
    const stored = storedValue(variable, values);
    for (let index = 0; index < count; index += 1) column[index] = stored;
    return column;
  }
  const list = values as ArrayLike<unknown>;
  if (list.length !== count) throw new SimulationError('invalid_columns', `'${variable.name}' needs ${count} values; got ${list.length}.`, { variable: variable.name });
  for (let index = 0; index < count; index += 1) column[index] = storedValue(variable, list[index]);
  return column;
}

function allocateKind(variable: Variable): unknown {
  return allocateColumn(variable.valueType, 0, enumSizeOf(variable)).constructor;
}

/**
 * A column of `count` copies of the variable's default.
 */
export function defaultColumn(variable: Variable, count: number): Column {
  const column = allocateColumn(variable.valueType, count, enumSizeOf(variable));
  if (variable.storedDefault !== 0) {
    if (Array.isArray(column)) column.fill(variable.storedDefault as string);
    else column.fill(variable.storedDefault as number);
  }
  return column;
}

/**
 * One stored value as a person reads it: enum item names, ISO dates, booleans, numbers, strings.
 *
 * @since 0.1.0
 */
export function decodeValue(variable: Variable, stored: number | string | undefined): number | boolean | string {
  switch (variable.valueType) {
    case 'bool':
      return stored !== 0;
    case 'enum':
      return variable.possibleValues?.itemAt(stored as number)?.name ?? String(stored);
    case 'date':
      return Instant.fromDayNumber(stored as number).toString();
    default:
      return stored as number | string;
  }
}

/**
 * A whole column as plain values (see {@link decodeValue}).
 *
 * @since 0.1.0
 */
export function decodeColumn(variable: Variable, column: Column): (number | boolean | string)[] {
  const out: (number | boolean | string)[] = new Array<number | boolean | string>(column.length);
  for (let index = 0; index < column.length; index += 1) out[index] = decodeValue(variable, column[index]);
  return out;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
