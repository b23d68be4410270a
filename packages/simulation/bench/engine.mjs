// Engine benchmark: N persons in N/2 households (N = 10 000, 100 000, 1 000 000), inputs set
// from columns, the twelve outputs of the template country's kind computed for 2017-01.
// Each N runs in its own Node process so that peak RSS is that N's alone. Prints medians in
// milliseconds (and MiB) as JSON. Run after a build: `pnpm bench` or `node bench/engine.mjs`.
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { argv, cpuUsage, execPath, hrtime, memoryUsage, resourceUsage, stdout, version } from 'node:process';
import { fileURLToPath } from 'node:url';

const sizes = [10_000, 100_000, 1_000_000];
const targets = { persons: 1_000_000, buildMs: 60, computeMs: 30, peakRssMiB: 160 };

if (argv[2] === '--size') {
  stdout.write(JSON.stringify(await measure(Number(argv[3]))));
} else {
  const results = sizes.map((size) => JSON.parse(execFileSync(execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--size', String(size)], { encoding: 'utf8' })));
  const largest = results.at(-1);
  const perPerson = results.map((result) => ({ persons: result.persons, computeNsPerPerson: Math.round((result.computeMs * 1e6) / result.persons), buildNsPerPerson: Math.round((result.buildMs * 1e6) / result.persons) }));
  stdout.write(
    `${JSON.stringify(
      {
        benchmark: 'engine: 12 outputs of the template country kind, 2017-01',
        node: version,
        loadAverageAtEnd: loadavg().map((value) => Math.round(value * 10) / 10),
        note: 'computeMs is wall time of calculateAll over the twelve outputs; computeCpuMs the main thread and helpers’ CPU time, less sensitive to a busy machine',
        results,
        linearity: perPerson,
        targets,
        meets: { build: largest.buildMs <= targets.buildMs, compute: largest.computeMs <= targets.computeMs, peakRss: largest.peakRssMiB <= targets.peakRssMiB },
      },
      null,
      2,
    )}\n`,
  );
}

async function measure(persons) {
  const { ColumnPool, simulationFromColumns } = await import('../dist/index.js');
  const { system, outputs, household } = await import('./engine-country.mjs');
  const households = persons / 2;
  // Inputs, built once (they are the caller's data): two persons per household, the first an
  // adult, the second an adult or a child; fixed pseudo-random values.
  let seed = 7;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const groupOf = new Int32Array(persons);
  const roleOf = new Uint8Array(persons);
  const birth = new Int32Array(persons);
  const salary = new Float64Array(persons);
  const capital = new Float64Array(persons);
  const day2017 = 17_167; // 2017-01-01 as days since 1970-01-01
  for (let row = 0; row < persons; row += 1) {
    groupOf[row] = row >> 1;
    const child = row % 2 === 1 && random() < 0.5;
    roleOf[row] = child ? household.roles.child.code : household.roles.adult.code;
    birth[row] = day2017 - Math.floor((child ? random() * 17 : 18 + random() * 72) * 365.25);
    salary[row] = child || random() < 0.3 ? 0 : Math.round(random() * 6000);
    capital[row] = random() < 0.8 ? 0 : Math.round(random() * 500);
  }
  const size = new Float64Array(households);
  const rent = new Float64Array(households);
  const status = new Uint8Array(households);
  for (let group = 0; group < households; group += 1) {
    size[group] = 20 + Math.round(random() * 100);
    rent[group] = Math.round(random() * 1500);
    status[group] = Math.floor(random() * 4);
  }
  const columns = {
    persons,
    groups: { household: { groupOf, roleOf, count: households } },
    inputs: {
      birth: { eternity: birth },
      salary: { '2017-01': salary },
      capital_returns: { '2017-01': capital },
      accommodation_size: { '2017-01': size },
      rent: { '2017-01': rent },
      housing_occupancy_status: { '2017-01': status },
    },
  };
  const pool = new ColumnPool();
  const runs = persons >= 1_000_000 ? 9 : persons >= 100_000 ? 15 : 31;
  // Warm-up runs, not counted: V8 tiers the generated loops up over the first calls.
  const warmUp = persons >= 1_000_000 ? 3 : persons >= 100_000 ? 10 : 60;
  const build = [];
  const compute = [];
  const computeCpu = [];
  const requests = outputs.map((name) => [name, name === 'housing_tax' ? '2017' : '2017-01']);
  let checksum = 0;
  for (let run = -warmUp; run < runs; run += 1) {
    globalThis.gc?.();
    const started = hrtime.bigint();
    const simulation = simulationFromColumns(system, columns, { pool });
    const built = hrtime.bigint();
    const cpu = cpuUsage();
    simulation.calculateAll(requests);
    const done = hrtime.bigint();
    if (run >= 0) {
      build.push(Number(built - started) / 1e6);
      compute.push(Number(done - built) / 1e6);
      computeCpu.push(cpuUsage(cpu).user / 1000);
    }
    checksum = total(simulation.calculate('disposable_income', '2017-01'));
    simulation.dispose();
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return {
    persons,
    households,
    runs,
    buildMs: round(median(build)),
    computeMs: round(median(compute)),
    computeCpuMs: round(median(computeCpu)),
    warmUpRuns: warmUp,
    peakRssMiB: round(resourceUsage().maxRSS / 1024),
    heapUsedMiB: round(memoryUsage().heapUsed / 1048576),
    disposableIncomeTotal: Math.round(checksum),
  };
}

// A plain loop: `reduce` would box every value, and that garbage (the benchmark's, not the
// engine's) grows V8's young generation by a few MiB of peak RSS.
function total(column) {
  let sum = 0;
  for (let row = 0; row < column.length; row += 1) sum += column[row];
  return sum;
}

function round(value) {
  return Math.round(value * 10) / 10;
}
