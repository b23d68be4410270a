// Benchmarks of @civicblocks/policy-schemas, printed as JSON medians:
// - files/s validating the conformance set's valid publiccode.yml files in-process (target ≥ 2000);
// - wall time of one `civicblocks validate publiccode.yml` process (target ≤ 250 ms), beside
//   the wall time of an empty `node -e ""` on the same machine, for scale.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { validatePubliccode } from '../dist/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const set = resolve(here, '../../../../shared/data/publiccode-testdata/v0/valid');
const repository = resolve(here, '../../..');

function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.yml') ? [readFileSync(path)] : [];
  });
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const sources = files(set);
for (let warm = 0; warm < 200; warm += 1) for (const source of sources) validatePubliccode(source);
// Wall-clock rate, and rate per second of CPU time used (steadier on a shared, loaded machine).
const rates = [];
const cpuRates = [];
for (let round = 0; round < 9; round += 1) {
  const start = performance.now();
  const cpu = process.cpuUsage();
  let count = 0;
  while (performance.now() - start < 300) {
    for (const source of sources) validatePubliccode(source);
    count += sources.length;
  }
  rates.push(count / ((performance.now() - start) / 1000));
  const used = process.cpuUsage(cpu);
  cpuRates.push(count / ((used.user + used.system) / 1e6));
}

function wall(args) {
  const times = [];
  for (let run = 0; run < 11; run += 1) {
    const start = performance.now();
    try {
      execFileSync(process.execPath, args, { cwd: repository, stdio: 'ignore' });
    } catch {
      // A non-zero exit still measures the run.
    }
    times.push(performance.now() - start);
  }
  return median(times);
}
const cli = wall([join(repository, 'packages/cli/bin/civicblocks.js'), 'validate', 'publiccode.yml']);
const empty = wall(['-e', '']);

process.stdout.write(
  `${JSON.stringify(
    {
      validFiles: sources.length,
      inProcessFilesPerSecond: Math.round(median(rates)),
      inProcessFilesPerCpuSecond: Math.round(median(cpuRates)),
      inProcessTarget: 2000,
      cliValidateMs: Math.round(cli),
      emptyNodeMs: Math.round(empty),
      cliOverheadOverNodeMs: Math.round(cli - empty),
      cliTargetMs: 250,
      loadAverage: Number(loadavg()[0].toFixed(1)),
    },
    null,
    2,
  )}\n`,
);
