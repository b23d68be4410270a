// Worker thread entry: imports the country and opens its own DuckDB once, then reads each
// partition it is given straight from the file, computes it, and returns its partial report.
import { workerData } from 'node:worker_threads';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { RowRange } from './population/partitions.js';
import { readPartition } from './population/read-partition.js';
import { planRead, sourceOf, type ReadPlan } from './population/read-plan.js';
import { computeChunk, type ComparedSystems } from './report/compute-chunk.js';
import { comparedSystems, type MicrosimulationCountry } from './run/compared-systems.js';
import type { PartitionResult, WorkerSetup } from './run/partition-task.js';

interface WorkerState {
  readonly systems: ComparedSystems;
  readonly plan: ReadPlan;
  readonly connection: DuckDBConnection;
}

const setup = workerData as WorkerSetup;
let state: Promise<WorkerState> | undefined;

async function open(): Promise<WorkerState> {
  const module = (await import(setup.countryModule)) as { country?: MicrosimulationCountry; default?: MicrosimulationCountry };
  const country = module.country ?? module.default;
  if (country === undefined) throw new Error(`${setup.countryModule} exports no country.`);
  const systems = comparedSystems(country, setup.reforms);
  // One DuckDB thread per worker: the workers are the parallelism.
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  return { systems, plan: planRead(systems.baseline, setup.population.columns, setup.spec.period, setup.population.file), connection: await instance.connect() };
}

export default async function computePartition(range: RowRange): Promise<PartitionResult> {
  state ??= open();
  // A range after a bad row found elsewhere cannot change the error: skip it.
  if (range.start > (setup.stop[0] ?? Infinity)) return { increasing: true };
  const { systems, plan, connection } = await state;
  const read = await readPartition(connection, sourceOf(setup.population.parquet), plan, range, setup.population.rows);
  if (read.chunk === undefined) return read.problem === undefined ? { increasing: read.increasing } : { problem: read.problem, increasing: read.increasing };
  return { report: computeChunk(read.chunk, systems, setup.spec), increasing: read.increasing };
}
