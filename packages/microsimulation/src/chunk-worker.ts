// Worker thread entry: imports the country as soon as it starts, opens its own DuckDB on its
// first task, then reads each range of rows it is given straight from the file, computes it,
// and returns its partial report.
import { workerData } from 'node:worker_threads';
import { openNativeConnection, type NativeConnection } from './internal/duckdb.js';
import { readPartition } from './population/read-partition.js';
import { planRead, sourceOf, type ReadPlan } from './population/read-plan.js';
import { computeChunk, type ComparedSystems } from './report/compute-chunk.js';
import { comparedSystems, type MicrosimulationCountry } from './run/compared-systems.js';
import type { PartitionResult, PartitionTask, WorkerSetup } from './run/partition-task.js';

const setup = workerData as WorkerSetup;

async function loadSystems(): Promise<ComparedSystems> {
  const module = (await import(setup.countryModule)) as { country?: MicrosimulationCountry; default?: MicrosimulationCountry };
  const country = module.country ?? module.default;
  if (country === undefined) throw new Error(`${setup.countryModule} exports no country.`);
  return comparedSystems(country, setup.reforms);
}

// Started at once, while the main thread opens the file; a failure surfaces in the first task.
const systems = loadSystems();
systems.catch(() => undefined);
// Opened inside a task, never while the pool could be stopping this thread: ending a thread
// while DuckDB works for it aborts the process. One DuckDB thread: the workers are the parallelism.
let connection: Promise<NativeConnection> | undefined;
const plans = new Map<string, ReadPlan>();

export default async function computePartition(task: PartitionTask): Promise<PartitionResult> {
  const { range, population } = task;
  // A range after a bad row found elsewhere cannot change the error: skip it.
  if (range.start > (setup.stop[0] ?? Infinity)) return { increasing: true };
  const compared = await systems;
  connection ??= openNativeConnection(1);
  let plan = plans.get(population.parquet);
  if (plan === undefined) {
    plan = planRead(compared.baseline, population.columns, setup.spec.period, population.file);
    plans.set(population.parquet, plan);
  }
  const read = await readPartition(await connection, sourceOf(population.parquet), plan, range, population.rows);
  if (read.chunk === undefined) return read.problem === undefined ? { increasing: read.increasing } : { problem: read.problem, increasing: read.increasing };
  return { report: computeChunk(read.chunk, compared, setup.spec), increasing: read.increasing };
}
