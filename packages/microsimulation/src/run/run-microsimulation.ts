import { availableParallelism } from 'node:os';
import type { TaxBenefitSystem } from '@civicblocks/simulation';
import { Piscina } from 'piscina';
import { MicrosimulationError } from '../errors/microsimulation-error.js';
import { openDuckDB } from '../internal/duckdb.js';
import { partitionRows } from '../population/partitions.js';
import { checkContiguous, openPopulationFile, problemError } from '../population/population-file.js';
import type { RowProblem } from '../population/read-partition.js';
import { planRead } from '../population/read-plan.js';
import { defaultChunkSize, readPopulation } from '../population/read-population.js';
import { computeChunk } from '../report/compute-chunk.js';
import { finishReport, type MicrosimulationReport } from '../report/microsimulation-report.js';
import { emptyReport, mergeReports, type PartialReport } from '../report/partial-report.js';
import type { ReportSpec } from '../report/report-spec.js';
import { comparedSystems, type MicrosimulationCountry } from './compared-systems.js';
import type { PartitionResult, PartitionTask, WorkerSetup } from './partition-task.js';

/**
 * Options for {@link runMicrosimulation}.
 *
 * @since 0.1.0
 */
export interface MicrosimulationOptions extends ReportSpec {
  /** The population file (`.csv` or `.parquet`). */
  readonly file: string;
  /** The country. */
  readonly country: MicrosimulationCountry;
  /** Reform names, applied in order; none compares the baseline with itself. */
  readonly reforms?: readonly string[];
  /** Worker threads; 0 computes on this thread. Default: one per core when the country has a module. */
  readonly workers?: number;
  /** Persons per chunk. Default 262 144. */
  readonly chunkSize?: number;
  /** Called after each chunk with the number of person rows done. */
  readonly onProgress?: (rows: number) => void;
  /** URL of the worker module (the built `chunk-worker.js` beside this module by default). */
  readonly workerUrl?: URL;
}

/**
 * Runs a baseline and a reform over a weighted population file and reports the budget and
 * distributional impact. The file is cut into ranges of rows holding whole groups; each worker
 * thread reads its ranges itself (its own DuckDB, straight into typed arrays), computes them and
 * returns a partial report of a few kilobytes; partial reports merge by addition, so memory
 * follows the chunk size and the result does not depend on how the file was split.
 *
 * @example
 * ```ts
 * import { runMicrosimulation } from '@civicblocks/microsimulation';
 * import { country } from '@civicblocks/country-template';
 *
 * const report = await runMicrosimulation({
 *   file: 'population.parquet',
 *   country: { ...country, module: '@civicblocks/country-template' },
 *   reforms: ['removal_basic_income'],
 *   period: '2025-01',
 *   variables: ['basic_income', 'income_tax'],
 *   incomeVariable: 'disposable_income',
 *   threshold: 1000,
 * });
 * console.log(report.budget);
 * ```
 * @since 0.1.0
 */
export async function runMicrosimulation(options: MicrosimulationOptions): Promise<MicrosimulationReport> {
  const reforms = options.reforms ?? [];
  const spec: ReportSpec = {
    period: options.period,
    variables: options.variables,
    incomeVariable: options.incomeVariable,
    ...(options.threshold === undefined ? {} : { threshold: options.threshold }),
    ...(options.tolerance === undefined ? {} : { tolerance: options.tolerance }),
  };
  const systems = comparedSystems(options.country, reforms);
  for (const name of [...spec.variables, spec.incomeVariable]) {
    if (!systems.baseline.variables.has(name)) throw new MicrosimulationError('unknown_variable', `'${systems.baseline.name}' has no variable '${name}'.`);
  }
  const workers = options.workers ?? (options.country.module === undefined ? 0 : availableParallelism());
  if (workers > 0 && options.country.module === undefined) {
    throw new MicrosimulationError('invalid_option', 'Worker threads import the country themselves: give `country.module` (a package name or module URL), or `workers: 0`.');
  }
  const total = emptyReport();
  let rows = 0;
  const done = (partial: PartialReport) => {
    mergeReports(total, partial);
    rows += partial.rows;
    options.onProgress?.(rows);
  };
  const chunkSize = options.chunkSize ?? defaultChunkSize;
  if (workers === 0) {
    for await (const chunk of readPopulation({ file: options.file, system: options.country.system, period: options.period, chunkSize })) done(computeChunk(chunk, systems, spec));
  } else {
    const setup = { countryModule: resolveModule(options.country.module ?? ''), reforms, spec };
    await runOnWorkers(options.file, options.country.system, setup, { workers, chunkSize, workerUrl: options.workerUrl ?? new URL('./chunk-worker.js', import.meta.url) }, done);
  }
  return finishReport(total, spec, reforms);
}

/**
 * The main thread only describes the file and cuts it into ranges of rows; each worker opens
 * its own DuckDB, reads its ranges straight into typed arrays, computes them and sends back
 * partial reports of a few kilobytes. Nothing else crosses threads.
 */
async function runOnWorkers(file: string, system: TaxBenefitSystem, setup: Omit<WorkerSetup, 'stop'>, pool: { workers: number; chunkSize: number; workerUrl: URL }, done: (partial: PartialReport) => void): Promise<void> {
  // The first bad row found so far, shared with the workers: a range after it is skipped.
  const stop = new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT)).fill(Infinity);
  // Workers start first, so that they load the country while this thread opens the file.
  const piscina = new Piscina<PartitionTask, PartitionResult>({ filename: pool.workerUrl.href, minThreads: pool.workers, maxThreads: pool.workers, workerData: { ...setup, stop } satisfies WorkerSetup });
  try {
    const { instance, connection } = await openDuckDB();
    try {
      const population = await openPopulationFile(connection, file, (columns) => planRead(system, columns, setup.spec.period, file));
      try {
        const described = { file, parquet: population.parquet, columns: population.columns, rows: population.rows };
        const problems: RowProblem[] = [];
        const seen = { increasing: true };
        // Every range is queued at once (a task is a few numbers and names). Tasks are never
        // cancelled: stopping a worker while DuckDB reads for it would take the process down.
        const settled = await Promise.allSettled(
          partitionRows(population.rowGroups, pool.chunkSize).map(async (range) => {
            const result = await piscina.run({ range, population: described });
            seen.increasing &&= result.increasing;
            if (result.report !== undefined) done(result.report);
            if (result.problem !== undefined) {
              problems.push(result.problem);
              stop[0] = Math.min(stop[0] ?? Infinity, result.problem.row);
            }
          }),
        );
        const failure = settled.find((outcome) => outcome.status === 'rejected');
        if (failure !== undefined) throw failure.reason;
        const [first] = problems.sort((a, b) => a.row - b.row);
        if (first !== undefined) throw await problemError(connection, population, first);
        if (!seen.increasing) await checkContiguous(connection, population, planRead(system, population.columns, setup.spec.period, file).layout);
      } finally {
        await population.dispose();
      }
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  } finally {
    await piscina.destroy();
  }
}

/** A module specifier workers can import: package names resolve from here, paths become URLs. */
function resolveModule(specifier: string): string {
  if (/^(file|data|node):/.test(specifier)) return specifier;
  return import.meta.resolve(specifier);
}
