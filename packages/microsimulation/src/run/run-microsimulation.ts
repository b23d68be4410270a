import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { MicrosimulationError } from '../errors/microsimulation-error.js';
import { transferablesOf, type PopulationChunk } from '../population/population-chunk.js';
import { readPopulation } from '../population/read-population.js';
import { computeChunk } from '../report/compute-chunk.js';
import { finishReport, type MicrosimulationReport } from '../report/microsimulation-report.js';
import { emptyReport, mergeReports, type PartialReport } from '../report/partial-report.js';
import type { ReportSpec } from '../report/report-spec.js';
import { comparedSystems, type MicrosimulationCountry } from './compared-systems.js';

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
 * distributional impact. Chunks of whole groups stream from the file and are computed on
 * worker threads (moved, not copied); their partial reports merge by addition, so memory
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
  const chunks = readPopulation({ file: options.file, system: options.country.system, period: options.period, ...(options.chunkSize === undefined ? {} : { chunkSize: options.chunkSize }) });
  const total = emptyReport();
  let rows = 0;
  const done = (partial: PartialReport) => {
    mergeReports(total, partial);
    rows += partial.rows;
    options.onProgress?.(rows);
  };
  if (workers === 0) {
    for await (const chunk of chunks) done(computeChunk(chunk, systems, spec));
  } else {
    await runOnWorkers(chunks, workers, { countryModule: resolveModule(options.country.module ?? ''), reforms, spec }, options.workerUrl ?? new URL('./chunk-worker.js', import.meta.url), done);
  }
  return finishReport(total, spec, reforms);
}

async function runOnWorkers(chunks: AsyncIterable<PopulationChunk>, workers: number, workerData: object, workerUrl: URL, done: (partial: PartialReport) => void): Promise<void> {
  const pool = new Piscina<PopulationChunk, PartialReport>({ filename: workerUrl.href, minThreads: workers, maxThreads: workers, workerData });
  const inFlight = new Set<Promise<void>>();
  try {
    for await (const chunk of chunks) {
      const task: Promise<void> = pool.run(chunk, { transferList: transferablesOf(chunk) }).then(done);
      const tracked = task.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
      // Two chunks per worker keep every core busy while bounding memory to a few chunks.
      if (inFlight.size >= workers * 2) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } finally {
    await pool.destroy();
  }
}

/** A module specifier workers can import: package names resolve from here, paths become URLs. */
function resolveModule(specifier: string): string {
  if (/^(file|data|node):/.test(specifier)) return specifier;
  return import.meta.resolve(specifier);
}
