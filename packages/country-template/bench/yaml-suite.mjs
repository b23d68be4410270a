#!/usr/bin/env node
// Times the whole YAML suite (tests/) run through the `civicblocks test` command as a separate
// process, the way a legislation team runs it: Node start-up, module loading, parameters, every
// test. Prints the median of several runs as JSON. Target: ≤ 300 ms wall (OpenFisca 44 runs its
// country template's 35 tests in 450–600 ms on the same machine).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const workspace = join(root, '..', '..');
const binary = join(workspace, 'packages', 'cli', 'bin', 'civicblocks.js');
if (!existsSync(binary)) {
  console.error('The civicblocks CLI is not in this workspace: run the benchmark from a clone of the repository.');
  process.exit(2);
}
const runs = Number(process.env.BENCH_RUNS ?? 15);
const args = [binary, 'test', join(root, 'tests'), '--country', root];

/** Wall times in milliseconds of `runs` runs of node with `nodeArgs`, sorted. */
function time(nodeArgs) {
  execFileSync(process.execPath, nodeArgs, { stdio: 'ignore' }); // warm the file system cache
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const started = process.hrtime.bigint();
    execFileSync(process.execPath, nodeArgs, { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return times.sort((a, b) => a - b);
}

const round = (value) => Math.round(value * 10) / 10;
const suite = time(args);
// An empty Node process on the same machine at the same time: the floor, and a gauge of how
// busy the machine is while measuring.
const empty = time(['-e', '0']);
const median = suite[Math.floor(suite.length / 2)];
const emptyMedian = empty[Math.floor(empty.length / 2)];
console.log(
  JSON.stringify({
    benchmark: 'civicblocks test tests/ (whole process)',
    runs,
    medianMs: round(median),
    minMs: round(suite[0]),
    maxMs: round(suite.at(-1)),
    emptyNodeMedianMs: round(emptyMedian),
    targetMs: 300,
    ratioToTarget: round(median / 300),
  }),
);
