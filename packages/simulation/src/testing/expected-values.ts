import { parseInstant } from '../periods/instant.js';
import type { EnumDescription } from '../variables/enum-type.js';
import type { ValueType } from '../variables/value-type.js';
import { evaluateExpression } from './expression.js';
import type { LocatedValue, SourcePosition } from './located-yaml.js';

/**
 * One value as tests compare it: a number for `float` and `int`, a boolean for `bool`, the item
 * name for `enum`, `YYYY-MM-DD` for `date`, the text for `string`.
 *
 * @since 0.1.0
 */
export type TestCell = number | boolean | string;

/** What the comparison needs to know about a variable (an engine `Variable` is one). */
export interface ComparedVariable {
  readonly name: string;
  readonly valueType: ValueType;
  readonly possibleValues?: EnumDescription | undefined;
}

/** Expected values read from a test, one per row, or why they cannot be read. */
export type ExpectedCells = { readonly ok: true; readonly cells: readonly TestCell[] } | { readonly ok: false; readonly message: string; readonly position: SourcePosition };

/**
 * Reads the expected value(s) written for a variable over `rows` rows: a list gives one value per
 * row, a single value applies to every row.
 */
export function readExpectedCells(written: LocatedValue, variable: ComparedVariable, rows: number): ExpectedCells {
  if (written.kind === 'mapping') return { ok: false, message: `expected a value for '${variable.name}', got a mapping`, position: written };
  if (written.kind === 'sequence') {
    if (written.items.length !== rows) {
      return { ok: false, message: `'${variable.name}' lists ${written.items.length} expected values for ${rows} ${rows === 1 ? 'row' : 'rows'}`, position: written };
    }
    const cells: TestCell[] = [];
    for (const item of written.items) {
      const cell = readExpectedCell(item, variable);
      if (!cell.ok) return cell;
      cells.push(cell.cells[0] as TestCell);
    }
    return { ok: true, cells };
  }
  const cell = readExpectedCell(written, variable);
  if (!cell.ok) return cell;
  return { ok: true, cells: new Array<TestCell>(rows).fill(cell.cells[0] as TestCell) };
}

function readExpectedCell(written: LocatedValue, variable: ComparedVariable): ExpectedCells {
  const fail = (message: string): ExpectedCells => ({ ok: false, message, position: written });
  const ok = (cell: TestCell): ExpectedCells => ({ ok: true, cells: [cell] });
  if (written.kind !== 'scalar') return fail(`expected a single value for '${variable.name}', got a ${written.kind}`);
  const value = written.value;
  if (value === null) return fail(`expected a value for '${variable.name}', got nothing`);
  switch (variable.valueType) {
    case 'float':
    case 'int': {
      if (typeof value === 'number') return ok(value);
      if (typeof value === 'boolean') return ok(value ? 1 : 0);
      const result = evaluateExpression(value);
      if (result.ok) return ok(result.value);
      return fail(`'${value}' is not a number nor an arithmetic expression for '${variable.name}': ${result.problem.message} at character ${result.problem.column + 1}`);
    }
    case 'bool': {
      if (typeof value === 'boolean') return ok(value);
      if (typeof value === 'number') return ok(value !== 0);
      const lower = value.trim().toLowerCase();
      if (lower === 'true' || lower === 'false') return ok(lower === 'true');
      const result = evaluateExpression(value);
      if (result.ok) return ok(result.value !== 0);
      return fail(`'${value}' is not a boolean for '${variable.name}'`);
    }
    case 'enum': {
      const name = String(value);
      const items = variable.possibleValues?.items ?? [];
      if (items.some((item) => item.name === name)) return ok(name);
      return fail(`'${name}' is not an item of ${variable.possibleValues?.enumName ?? 'the enumeration'} for '${variable.name}' (items: ${items.map((item) => item.name).join(', ')})`);
    }
    case 'date': {
      const text = String(value);
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
        try {
          return ok(parseInstant(text).toString());
        } catch {
          // Reported below with the other malformed dates.
        }
      }
      return fail(`'${text}' is not a date written YYYY-MM-DD for '${variable.name}'`);
    }
    case 'string':
      return ok(String(value));
  }
}

/**
 * Whether an actual value matches an expected one. Numbers compare exactly unless a margin is
 * given; with margins, every margin given must hold: |a − e| ≤ absolute and
 * |a − e| ≤ relative × |e|.
 */
export function cellsMatch(actual: TestCell, expected: TestCell, absolute: number | undefined, relative: number | undefined): boolean {
  if (typeof expected === 'number' && typeof actual === 'number') {
    if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual);
    if (absolute === undefined && relative === undefined) return actual === expected;
    const difference = Math.abs(actual - expected);
    if (absolute !== undefined && !(difference <= absolute)) return false;
    if (relative !== undefined && !(difference <= relative * Math.abs(expected))) return false;
    return true;
  }
  if (typeof expected === 'boolean' && typeof actual === 'number') return (actual !== 0) === expected;
  return actual === expected;
}
