import type { TaxBenefitSystem, Variable } from '@civicblocks/simulation';
import { MicrosimulationError, type MicrosimulationErrorCode } from '../errors/microsimulation-error.js';
import { layoutOf, roleNames, type InputColumn, type PopulationLayout } from './population-columns.js';

/** A column of a population file as DuckDB describes it. */
export interface FileColumn {
  readonly name: string;
  readonly type: string;
}

/** A check on one selected column: a NaN in it is this problem. */
export interface ColumnCheck {
  /** Index of the column in the select list. */
  readonly index: number;
  readonly code: Extract<MicrosimulationErrorCode, 'person_without_group' | 'unknown_role' | 'non_numeric_value' | 'invalid_value'>;
  readonly column: string;
  readonly message: string;
}

/**
 * How to read a population file: its layout on the system, and one SQL expression per selected
 * column giving the engine's stored number as a DOUBLE. Column 0 is the group id (as a number),
 * 1 the role code, 2 and 3 the person and group weights (NaN when absent), then one per input.
 * A value the variable cannot take becomes NaN, and `checks` say which columns' NaNs are
 * mistakes: so the checks cost no scan of their own, they ride on the read.
 */
export interface ReadPlan {
  readonly layout: PopulationLayout;
  readonly select: readonly string[];
  readonly checks: readonly ColumnCheck[];
  /** Whether group ids are numbers (ordered), rather than hashes of text. */
  readonly numericGroupIds: boolean;
}

const numericTypes = /^(DOUBLE|FLOAT|REAL|DECIMAL.*|BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|UBIGINT|UINTEGER|USMALLINT|UTINYINT|BOOLEAN)$/;
const nan = "CAST('NaN' AS DOUBLE)";

export function quote(column: string): string {
  return `"${column.replaceAll('"', '""')}"`;
}

export function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** The DuckDB table function that reads the file, with file row numbers for Parquet. */
export function sourceOf(file: string): string {
  if (isParquet(file)) return `read_parquet(${literal(file)}, file_row_number = true)`;
  if (/\.(csv|tsv|txt)(\.gz)?$/i.test(file)) return `read_csv(${literal(file)}, header = true)`;
  throw new MicrosimulationError('unreadable_file', 'Population files are .csv or .parquet.', { file });
}

export function isParquet(file: string): boolean {
  return /\.(parquet|pq)$/i.test(file);
}

/**
 * The read plan of a file with these columns. Deterministic: the main thread and every worker
 * build the same plan from the same description.
 */
export function planRead(system: TaxBenefitSystem, columns: readonly FileColumn[], period: string, file: string): ReadPlan {
  const layout = layoutOf(system, columns.map((column) => column.name), period, file);
  const types = new Map(columns.map((column) => [column.name, column.type]));
  const typeOf = (column: string) => types.get(column) ?? '';
  const roles = roleNames(layout.group);
  const groupId = quote(layout.groupIdColumn);
  const numericGroupIds = numericTypes.test(typeOf(layout.groupIdColumn));
  const checks: ColumnCheck[] = [
    { index: 0, code: 'person_without_group', column: layout.groupIdColumn, message: `This person belongs to no ${layout.group.key}.` },
    { index: 1, code: 'unknown_role', column: layout.roleColumn, message: `Unknown role: a ${layout.group.key} role is one of ${roles.map((role) => literal(role.name)).join(', ')}.` },
  ];
  const select = [
    // Only a change of group matters, so ids are compared as numbers: numeric ids exactly,
    // other ids by their 64-bit hash (two neighbouring groups colliding is a 1-in-2^53 event).
    numericGroupIds ? `COALESCE(CAST(${groupId} AS DOUBLE), ${nan})` : `CASE WHEN ${groupId} IS NULL THEN ${nan} ELSE CAST(hash(${groupId}) >> 11 AS DOUBLE) END`,
    `COALESCE(CASE CAST(${quote(layout.roleColumn)} AS VARCHAR) ${roles.map((role) => `WHEN ${literal(role.name)} THEN ${role.code}`).join(' ')} END, ${nan})`,
  ];
  for (const column of [layout.personWeightColumn, layout.groupWeightColumn]) {
    if (column === undefined) {
      select.push(nan);
    } else if (numericTypes.test(typeOf(column))) {
      // A missing weight is derived from the other one (NaN says "missing").
      select.push(`COALESCE(CAST(${quote(column)} AS DOUBLE), ${nan})`);
    } else {
      checks.push({ index: select.length, code: 'non_numeric_value', column, message: 'A weight must be a number.' });
      select.push(`COALESCE(TRY_CAST(${quote(column)} AS DOUBLE), ${nan})`);
    }
  }
  for (const input of layout.inputs) {
    const type = typeOf(input.column);
    const stored = storedExpression(input, type);
    if (stored.checked) {
      const numeric = input.variable.valueType === 'float' || input.variable.valueType === 'int';
      checks.push({ index: select.length, code: numeric ? 'non_numeric_value' : 'invalid_value', column: input.column, message: `'${input.variable.name}' expects ${expectedOf(input.variable)}.` });
    }
    // A missing input is the variable's stored zero; a value it cannot take is NaN.
    select.push(`CASE WHEN ${quote(input.column)} IS NULL THEN 0 ELSE COALESCE(${stored.expression}, ${nan}) END`);
  }
  return { layout, select, checks, numericGroupIds };
}

/** SQL that turns a column into the engine's stored number (NULL when it cannot), and whether that can fail. */
function storedExpression(input: InputColumn, type: string): { expression: string; checked: boolean } {
  const column = quote(input.column);
  const variable: Variable = input.variable;
  switch (variable.valueType) {
    case 'enum': {
      const items = variable.possibleValues?.items ?? [];
      return { expression: `CASE CAST(${column} AS VARCHAR) ${items.map((item, index) => `WHEN ${literal(item.name)} THEN ${index}`).join(' ')} END`, checked: true };
    }
    case 'date':
      return { expression: `CAST(date_diff('day', DATE '1970-01-01', TRY_CAST(${column} AS DATE)) AS DOUBLE)`, checked: true };
    case 'bool':
      return { expression: `CAST(TRY_CAST(${column} AS BOOLEAN) AS DOUBLE)`, checked: true };
    case 'string':
      throw new MicrosimulationError('invalid_option', `String variables such as '${variable.name}' cannot be read from population files.`, { column: input.column });
    default:
      return numericTypes.test(type) ? { expression: `CAST(${column} AS DOUBLE)`, checked: false } : { expression: `TRY_CAST(${column} AS DOUBLE)`, checked: true };
  }
}

function expectedOf(variable: Variable): string {
  switch (variable.valueType) {
    case 'float':
    case 'int':
      return 'a number';
    case 'enum':
      return `one of ${(variable.possibleValues?.items ?? []).map((item) => item.name).join(', ')}`;
    case 'date':
      return 'an ISO date';
    default:
      return 'true or false';
  }
}
