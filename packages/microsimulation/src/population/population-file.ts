import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { MicrosimulationError } from '../errors/microsimulation-error.js';
import type { PopulationLayout } from './population-columns.js';
import type { RowProblem } from './read-partition.js';
import { isParquet, literal, quote, sourceOf, type FileColumn } from './read-plan.js';

/**
 * A population file ready to be read in partitions: always Parquet (a CSV file is converted
 * once, in parallel, to a temporary Parquet file with row groups of 131 072 rows, so that both
 * are read the same way: by ranges of row numbers, each range decoding only its row groups).
 */
export interface PopulationFile {
  /** The file the user gave (named in errors). */
  readonly file: string;
  /** The Parquet file read: the file itself, or the temporary conversion of a CSV. */
  readonly parquet: string;
  /** Its columns, as DuckDB types them. */
  readonly columns: readonly FileColumn[];
  /** Rows of each row group, in file order. */
  readonly rowGroups: readonly number[];
  /** Rows in all. */
  readonly rows: number;
  /** Removes the temporary Parquet file, if any. */
  readonly dispose: () => Promise<void>;
}

/** The DuckDB table function reading a population file's Parquet with row numbers. */
export function parquetSource(population: Pick<PopulationFile, 'parquet'>): string {
  return sourceOf(population.parquet);
}

/** Describes a population file and makes it readable in partitions (see {@link PopulationFile}). */
export async function openPopulationFile(connection: DuckDBConnection, file: string, check: (columns: readonly FileColumn[]) => unknown): Promise<PopulationFile> {
  const plain = isParquet(file) ? `read_parquet(${literal(file)})` : sourceOf(file);
  const columns = await unreadable(file, async () => {
    const reader = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${plain}`);
    return reader.getRowObjectsJS().map((row) => ({ name: text(row['column_name']), type: text(row['column_type']) }));
  });
  // Columns are mapped onto the system before a CSV file is converted, so that a missing or
  // unknown column is reported at once.
  check(columns);
  let parquet = file;
  let folder: string | undefined;
  if (!isParquet(file)) {
    folder = await mkdtemp(join(tmpdir(), 'civicblocks-microsim-'));
    parquet = join(folder, 'population.parquet');
    const target = parquet;
    await unreadable(file, () => connection.run(`COPY (SELECT * FROM ${plain}) TO ${literal(target)} (FORMAT parquet, ROW_GROUP_SIZE 131072)`)).catch(async (error: unknown) => {
      await rm(folder ?? '', { recursive: true, force: true });
      throw error;
    });
  }
  const rowGroups = await unreadable(file, async () => {
    const reader = await connection.runAndReadAll(`SELECT row_group_id, any_value(row_group_num_rows) AS rows FROM parquet_metadata(${literal(parquet)}) GROUP BY row_group_id ORDER BY row_group_id`);
    return reader.getRowObjectsJS().map((row) => Number(row['rows']));
  });
  return {
    file,
    parquet,
    columns,
    rowGroups,
    rows: rowGroups.reduce((sum, rows) => sum + rows, 0),
    dispose: async () => {
      if (folder !== undefined) await rm(folder, { recursive: true, force: true });
    },
  };
}

/** The error for the first mistake found in a file, quoting the value (rows are counted from 1 under the header). */
export async function problemError(connection: DuckDBConnection, population: PopulationFile, problem: RowProblem): Promise<MicrosimulationError> {
  const reader = await connection.runAndReadAll(`SELECT CAST(${quote(problem.column)} AS VARCHAR) AS value FROM ${parquetSource(population)} WHERE file_row_number = ${problem.row}`);
  const value = reader.getRowObjectsJS()[0]?.['value'];
  const got = value === null || value === undefined ? 'nothing' : JSON.stringify(value);
  return new MicrosimulationError(problem.code, `${problem.message} Got ${got}.`, { file: population.file, row: problem.row + 1, column: problem.column });
}

/**
 * Finds a group whose rows are apart, with one aggregation over the group ids. Reading already
 * proves groups contiguous when ids increase down the file (the usual sorted file), so this
 * runs only for files that are not sorted by group id.
 */
export async function checkContiguous(connection: DuckDBConnection, population: PopulationFile, layout: PopulationLayout): Promise<void> {
  const id = quote(layout.groupIdColumn);
  const reader = await connection.runAndReadAll(
    `SELECT CAST(${id} AS VARCHAR) AS id, min(file_row_number) + 1 AS first, max(file_row_number) + 1 AS last, count(*) AS members FROM ${parquetSource(population)} GROUP BY ${id} HAVING max(file_row_number) - min(file_row_number) + 1 <> count(*) ORDER BY first LIMIT 1`,
  );
  const [scattered] = reader.getRowObjectsJS();
  if (scattered !== undefined) {
    throw new MicrosimulationError(
      'group_not_contiguous',
      `The rows of ${layout.group.key} ${text(scattered['id'])} are not next to each other (rows ${text(scattered['first'])} to ${text(scattered['last'])} hold ${text(scattered['members'])} of its members): sort the file by ${layout.groupIdColumn}.`,
      { file: population.file, row: Number(scattered['last']), column: layout.groupIdColumn },
    );
  }
}

async function unreadable<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof MicrosimulationError) throw error;
    throw new MicrosimulationError('unreadable_file', `Cannot read the population file: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`, { file }, { cause: error });
  }
}

/** A value DuckDB returned (a string, number, bigint or boolean) as text. */
function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}
