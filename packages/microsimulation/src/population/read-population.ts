import type { TaxBenefitSystem } from '@civicblocks/simulation';
import { closeNativeConnection, openDuckDB, openNativeConnection } from '../internal/duckdb.js';
import { partitionRows } from './partitions.js';
import type { PopulationChunk } from './population-chunk.js';
import { checkContiguous, openPopulationFile, parquetSource, problemError } from './population-file.js';
import { readPartition } from './read-partition.js';
import { planRead } from './read-plan.js';

/**
 * Options for {@link readPopulation}.
 *
 * @since 0.1.0
 */
export interface ReadPopulationOptions {
  /** A `.csv` or `.parquet` file, one row per person (see `PopulationLayout`). */
  readonly file: string;
  /** The system whose variables the columns name. */
  readonly system: TaxBenefitSystem;
  /** The simulated period: columns without `@period` are set for it. */
  readonly period: string;
  /** Persons per chunk (whole groups are never split). Default 262 144. */
  readonly chunkSize?: number;
}

/** Persons per chunk unless told otherwise. */
export const defaultChunkSize = 262_144;

/**
 * Reads a population file as chunks of whole groups, in file order. DuckDB reads each chunk's
 * range of rows (a CSV file is first converted to a temporary Parquet file) and converts every
 * column to the engine's numbers in SQL; the values go from DuckDB's column vectors into typed
 * arrays, so only one chunk is ever held in JavaScript: memory follows the chunk size, not the
 * population. A missing column or a column that names no variable is reported before any chunk;
 * a person in no group, an unknown role, or a value that is not a number or not an item is
 * reported when the chunk holding it is read; a group whose rows are apart, after the last chunk
 * (ids that increase down the file prove it cannot happen; other files get one extra aggregation).
 * Each is a {@link MicrosimulationError} naming the file, the data row and the column.
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
  const { instance, connection } = await openDuckDB();
  try {
    const population = await openPopulationFile(connection, file, (columns) => planRead(system, columns, period, file));
    try {
      const read = planRead(system, population.columns, period, file);
      const reader = await openNativeConnection();
      try {
        let increasing = true;
        for (const range of partitionRows(population.rowGroups, options.chunkSize ?? defaultChunkSize)) {
          const partition = await readPartition(reader, parquetSource(population), read, range, population.rows);
          if (partition.problem !== undefined) throw await problemError(connection, population, partition.problem);
          increasing &&= partition.increasing;
          if (partition.chunk !== undefined) yield partition.chunk;
        }
        if (!increasing) await checkContiguous(connection, population, read.layout);
      } finally {
        closeNativeConnection(reader);
      }
    } finally {
      await population.dispose();
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
