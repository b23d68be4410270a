import { DuckDBInstance, type DuckDBConnection, type DuckDBVector } from '@duckdb/node-api';
import type { TaxBenefitSystem, Variable } from '@civicblocks/simulation';
import { MicrosimulationError } from '../errors/microsimulation-error.js';
import { ChunkBuilder } from './chunk-builder.js';
import { layoutOf, roleNames, type InputColumn, type PopulationLayout } from './population-columns.js';
import type { PopulationChunk } from './population-chunk.js';

/**
 * Options for {@link readPopulation}.
 *
 * @since 0.1.0
 */
export interface ReadPopulationOptions {
  /** A `.csv` or `.parquet` file, one row per person (see {@link PopulationLayout}). */
  readonly file: string;
  /** The system whose variables the columns name. */
  readonly system: TaxBenefitSystem;
  /** The simulated period: columns without `@period` are set for it. */
  readonly period: string;
  /** Persons per chunk (whole groups are never split). Default 262 144. */
  readonly chunkSize?: number;
}

/**
 * Streams a population file as chunks of whole groups. The file is read by DuckDB, which
 * scans CSV and Parquet in parallel and converts each column to numbers in SQL, so only one
 * chunk's typed arrays are ever held in JavaScript: memory follows the chunk size, not the
 * population. The file is checked first (one scan): a missing column, a person in no group,
 * an unknown role, a value that is not a number or not an item, or a group whose rows are not
 * contiguous is a {@link MicrosimulationError} naming the file, the data row and the column.
 *
 * @example
 * ```ts
 * for await (const chunk of readPopulation({ file: 'people.parquet', system, period: '2025-01' })) {
 *   console.log(chunk.personCount);
 * }
 * ```
 * @since 0.1.0
 */
export async function* readPopulation(options: ReadPopulationOptions): AsyncGenerator<PopulationChunk> {
  const { file, system, period } = options;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const source = sourceOf(file);
    const columns = await describeColumns(connection, source, file);
    const layout = layoutOf(system, columns.map((column) => column.name), period, file);
    const types = new Map(columns.map((column) => [column.name, column.type]));
    await checkRows(connection, source, layout, types, file);

    const builder = new ChunkBuilder(layout, options.chunkSize ?? 262_144);
    const result = await connection.stream(`SELECT ${selectList(layout, types).join(', ')} FROM ${source}`);
    const inputCount = layout.inputs.length;
    let previousGroup = NaN;
    for (;;) {
      const dataChunk = await result.fetchChunk();
      if (dataChunk === null || dataChunk.rowCount === 0) break;
      const rows = dataChunk.rowCount;
      const groupIds = doubles(dataChunk.getColumnVector(0));
      const roles = doubles(dataChunk.getColumnVector(1));
      const personWeights = doubles(dataChunk.getColumnVector(2));
      const groupWeights = doubles(dataChunk.getColumnVector(3));
      const inputs = Array.from({ length: inputCount }, (_, index) => doubles(dataChunk.getColumnVector(4 + index)));
      for (let row = 0; row < rows; row += 1) {
        const groupId = groupIds[row] ?? NaN;
        if (groupId !== previousGroup) {
          const ready = builder.startGroup();
          if (ready !== undefined) yield ready;
          previousGroup = groupId;
        }
        builder.addPerson(roles[row] ?? 0, personWeights[row] ?? NaN, groupWeights[row] ?? NaN);
        for (let index = 0; index < inputCount; index += 1) builder.setInput(index, (inputs[index] as Float64Array)[row] ?? 0);
      }
    }
    const last = builder.finish();
    if (last !== undefined) yield last;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A value DuckDB returned (a string, number, bigint or boolean) as text. */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/**
 * The values of a DOUBLE column of a DuckDB chunk as a Float64Array view. Every selected
 * column is cast to DOUBLE in SQL (with NULLs coalesced), so the vector's own buffer can be
 * read directly instead of one `getItem` call per value, which is ten times slower. The view
 * is only valid until the next chunk is fetched: values are copied out at once.
 */
function doubles(vector: DuckDBVector): Float64Array {
  const items = (vector as unknown as { readonly items?: unknown }).items;
  if (items instanceof Float64Array) return items;
  return Float64Array.from({ length: vector.itemCount }, (_, index) => Number(vector.getItem(index) ?? NaN));
}

function sourceOf(file: string): string {
  const path = `'${file.replaceAll("'", "''")}'`;
  if (/\.(parquet|pq)$/i.test(file)) return `read_parquet(${path})`;
  if (/\.(csv|tsv|txt)(\.gz)?$/i.test(file)) return `read_csv(${path}, header = true)`;
  throw new MicrosimulationError('unreadable_file', 'Population files are .csv or .parquet.', { file });
}

async function describeColumns(connection: DuckDBConnection, source: string, file: string): Promise<{ name: string; type: string }[]> {
  try {
    const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
    return reader.getRowObjectsJS().map((row) => ({ name: text(row['column_name']), type: text(row['column_type']) }));
  } catch (error) {
    throw new MicrosimulationError('unreadable_file', `Cannot read the population file: ${error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error)}`, { file }, { cause: error });
  }
}

const numericTypes = /^(DOUBLE|FLOAT|REAL|DECIMAL.*|BIGINT|INTEGER|SMALLINT|TINYINT|HUGEINT|UBIGINT|UINTEGER|USMALLINT|UTINYINT|BOOLEAN)$/;

function quote(column: string): string {
  return `"${column.replaceAll('"', '""')}"`;
}

function literal(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/** SQL that turns a column into the engine's stored number for the variable's value type. */
function storedExpression(input: InputColumn, type: string): string {
  const column = quote(input.column);
  const variable: Variable = input.variable;
  switch (variable.valueType) {
    case 'enum': {
      const items = variable.possibleValues?.items ?? [];
      return `CASE CAST(${column} AS VARCHAR) ${items.map((item, index) => `WHEN ${literal(item.name)} THEN ${index}`).join(' ')} END`;
    }
    case 'date':
      return `CAST(date_diff('day', DATE '1970-01-01', CAST(${column} AS DATE)) AS INTEGER)`;
    case 'bool':
      return `CAST(TRY_CAST(${column} AS BOOLEAN) AS UTINYINT)`;
    case 'string':
      throw new MicrosimulationError('invalid_option', `String variables such as '${variable.name}' cannot be read from population files.`, { column: input.column });
    default:
      return numericTypes.test(type) ? `CAST(${column} AS DOUBLE)` : `TRY_CAST(${column} AS DOUBLE)`;
  }
}

/** A SQL condition that is true when the column holds a value the variable cannot take. */
function invalidCondition(input: InputColumn, type: string): string | undefined {
  const column = quote(input.column);
  switch (input.variable.valueType) {
    case 'enum':
    case 'date':
    case 'bool':
      return `(${column} IS NOT NULL AND ${storedExpression(input, type).replace('CAST(date_diff', 'TRY_CAST(date_diff').replace(`CAST(${column} AS DATE)`, `TRY_CAST(${column} AS DATE)`)} IS NULL)`;
    default:
      return numericTypes.test(type) ? undefined : `(${column} IS NOT NULL AND TRY_CAST(${column} AS DOUBLE) IS NULL)`;
  }
}

function selectList(layout: PopulationLayout, types: ReadonlyMap<string, string>): string[] {
  const roles = roleNames(layout.group);
  const groupId = quote(layout.groupIdColumn);
  // Only a change of group matters, so ids are compared as numbers: numeric ids exactly,
  // other ids by their 64-bit hash (two neighbouring groups colliding is a 1-in-2^53 event).
  const groupIdNumber = numericTypes.test(types.get(layout.groupIdColumn) ?? '') ? `CAST(${groupId} AS DOUBLE)` : `CAST(hash(${groupId}) >> 11 AS DOUBLE)`;
  const asDouble = (expression: string) => `CAST(COALESCE(${expression}, 'NaN') AS DOUBLE)`;
  return [
    groupIdNumber,
    `CAST(CASE CAST(${quote(layout.roleColumn)} AS VARCHAR) ${roles.map((role) => `WHEN ${literal(role.name)} THEN ${role.code}`).join(' ')} END AS DOUBLE)`,
    layout.personWeightColumn === undefined ? "CAST('NaN' AS DOUBLE)" : asDouble(quote(layout.personWeightColumn)),
    layout.groupWeightColumn === undefined ? "CAST('NaN' AS DOUBLE)" : asDouble(quote(layout.groupWeightColumn)),
    ...layout.inputs.map((input) => `CAST(COALESCE(${storedExpression(input, types.get(input.column) ?? '')}, 0) AS DOUBLE)`),
  ];
}

/** One scan that finds the first bad row, then one that finds a group split across the file. */
async function checkRows(connection: DuckDBConnection, source: string, layout: PopulationLayout, types: ReadonlyMap<string, string>, file: string): Promise<void> {
  const roles = roleNames(layout.group).map((role) => literal(role.name));
  const checks: { code: 'person_without_group' | 'unknown_role' | 'non_numeric_value' | 'invalid_value'; column: string; condition: string; message: string }[] = [
    { code: 'person_without_group', column: layout.groupIdColumn, condition: `${quote(layout.groupIdColumn)} IS NULL`, message: `This person belongs to no ${layout.group.key}.` },
    { code: 'unknown_role', column: layout.roleColumn, condition: `CAST(${quote(layout.roleColumn)} AS VARCHAR) IS NULL OR CAST(${quote(layout.roleColumn)} AS VARCHAR) NOT IN (${roles.join(', ')})`, message: `Unknown role: a ${layout.group.key} role is one of ${roles.join(', ')}.` },
  ];
  for (const column of [layout.personWeightColumn, layout.groupWeightColumn]) {
    if (column !== undefined && !numericTypes.test(types.get(column) ?? '')) {
      checks.push({ code: 'non_numeric_value', column, condition: `TRY_CAST(${quote(column)} AS DOUBLE) IS NULL`, message: 'A weight must be a number.' });
    }
  }
  for (const input of layout.inputs) {
    const condition = invalidCondition(input, types.get(input.column) ?? '');
    if (condition === undefined) continue;
    const numeric = input.variable.valueType === 'float' || input.variable.valueType === 'int';
    const expected = numeric ? 'a number' : input.variable.valueType === 'enum' ? `one of ${(input.variable.possibleValues?.items ?? []).map((item) => item.name).join(', ')}` : input.variable.valueType === 'date' ? 'an ISO date' : 'true or false';
    checks.push({ code: numeric ? 'non_numeric_value' : 'invalid_value', column: input.column, condition, message: `'${input.variable.name}' expects ${expected}.` });
  }
  const cases = checks.map((check, index) => `WHEN ${check.condition} THEN ${index}`).join(' ');
  const firstBad = await connection.runAndReadAll(`SELECT row, problem FROM (SELECT row_number() OVER () AS row, CASE ${cases} END AS problem FROM ${source}) WHERE problem IS NOT NULL ORDER BY row LIMIT 1`);
  const [bad] = firstBad.getRowObjectsJS();
  if (bad !== undefined) {
    const check = checks[Number(bad['problem'])];
    if (check !== undefined) {
      const valueReader = await connection.runAndReadAll(`SELECT CAST(${quote(check.column)} AS VARCHAR) AS value FROM (SELECT row_number() OVER () AS row, * FROM ${source}) WHERE row = ${text(bad['row'])}`);
      const value = valueReader.getRowObjectsJS()[0]?.['value'];
      throw new MicrosimulationError(check.code, `${check.message} Got ${value === null || value === undefined ? 'nothing' : JSON.stringify(value)}.`, { file, row: Number(bad['row']), column: check.column });
    }
  }
  const split = await connection.runAndReadAll(
    `SELECT CAST(${quote(layout.groupIdColumn)} AS VARCHAR) AS id, min(row) AS first, max(row) AS last, count(*) AS members FROM (SELECT row_number() OVER () AS row, ${quote(layout.groupIdColumn)} FROM ${source}) GROUP BY ${quote(layout.groupIdColumn)} HAVING max(row) - min(row) + 1 <> count(*) ORDER BY first LIMIT 1`,
  );
  const [scattered] = split.getRowObjectsJS();
  if (scattered !== undefined) {
    throw new MicrosimulationError('group_not_contiguous', `The rows of ${layout.group.key} ${text(scattered['id'])} are not next to each other (rows ${text(scattered['first'])} to ${text(scattered['last'])} hold ${text(scattered['members'])} of its members): sort the file by ${layout.groupIdColumn}.`, { file, row: Number(scattered['last']), column: layout.groupIdColumn });
  }
}
