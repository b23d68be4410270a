// Worker thread entry: imports the country once, then computes each chunk it is given.
import { workerData } from 'node:worker_threads';
import type { PopulationChunk } from './population/population-chunk.js';
import { computeChunk, type ComparedSystems } from './report/compute-chunk.js';
import type { PartialReport } from './report/partial-report.js';
import type { ReportSpec } from './report/report-spec.js';
import { comparedSystems, type MicrosimulationCountry } from './run/compared-systems.js';

interface WorkerSetup {
  readonly countryModule: string;
  readonly reforms: readonly string[];
  readonly spec: ReportSpec;
}

const setup = workerData as WorkerSetup;
let systems: Promise<ComparedSystems> | undefined;

async function loadSystems(): Promise<ComparedSystems> {
  const module = (await import(setup.countryModule)) as { country?: MicrosimulationCountry; default?: MicrosimulationCountry };
  const country = module.country ?? module.default;
  if (country === undefined) throw new Error(`${setup.countryModule} exports no country.`);
  return comparedSystems(country, setup.reforms);
}

export default async function computeInWorker(chunk: PopulationChunk): Promise<PartialReport> {
  systems ??= loadSystems();
  return computeChunk(chunk, await systems, setup.spec);
}
