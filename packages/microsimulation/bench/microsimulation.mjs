// Microsimulation benchmark: persons per second and peak RSS, baseline plus one reform, from
// Parquet, with 1 and 2 workers. Sizes are arguments (default 1 000 000; add 10000000 for the
// full target run). Each configuration runs in a fresh process so that peak RSS is its own, and
// the 1- and 2-worker runs alternate, so that a busy moment on a shared machine hits both.
// Usage: node bench/microsimulation.mjs [persons…] [--runs N]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
if (args[0] === '--child') {
  const [, file, workers] = args;
  const { runMicrosimulation } = await import('../dist/index.js');
  const { country } = await import('@civicblocks/country-template');
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const report = await runMicrosimulation({
    file, country: { ...country, module: '@civicblocks/country-template' }, workers: Number(workers),
    reforms: ['removal_basic_income'], period: '2025-01', variables: ['basic_income', 'income_tax', 'social_security_contribution', 'disposable_income'],
    incomeVariable: 'disposable_income', threshold: 1000,
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  console.log(JSON.stringify({ seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, rows: report.rows, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const runsIndex = args.indexOf('--runs');
const runs = runsIndex === -1 ? 3 : Number(args[runsIndex + 1]);
const sizes = args.filter((arg, index) => index !== runsIndex && index !== runsIndex + 1).map(Number);
const folder = join(tmpdir(), 'civicblocks-microsim-bench');
mkdirSync(folder, { recursive: true });
const { writeTemplatePopulation } = await import('../dist/index.js');
const self = fileURLToPath(import.meta.url);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const results = [];
for (const persons of sizes.length === 0 ? [1_000_000] : sizes) {
  const file = join(folder, `population-${persons}.parquet`);
  if (!existsSync(file)) await writeTemplatePopulation({ file, persons, seed: 7, population: 68_000_000 });
  const samples = { 1: [], 2: [] };
  for (let run = 0; run < runs; run += 1) {
    for (const workers of [1, 2]) samples[workers].push(JSON.parse(execFileSync(process.execPath, [self, '--child', file, String(workers)], { encoding: 'utf8', maxBuffer: 1 << 20 })));
  }
  const byWorkers = {};
  for (const workers of [1, 2]) {
    const seconds = median(samples[workers].map((sample) => sample.seconds));
    byWorkers[workers] = {
      medianSeconds: Number(seconds.toFixed(3)),
      personsPerSecond: Math.round(persons / seconds),
      // CPU time of all threads: on a shared machine it moves less than wall time does.
      medianCpuSeconds: Number(median(samples[workers].map((sample) => sample.cpuSeconds)).toFixed(2)),
      medianPeakRssMiB: Math.round(median(samples[workers].map((sample) => sample.peakRssMiB))),
    };
  }
  results.push({ persons, runs, workers: byWorkers, speedupTwoWorkers: Number((byWorkers[1].medianSeconds / byWorkers[2].medianSeconds).toFixed(2)) });
}
console.log(JSON.stringify({ benchmark: 'microsimulation: baseline + removal_basic_income from Parquet', results }, null, 2));
