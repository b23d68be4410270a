// Scale evaluation over 1 000 000 bases: `calcColumn` (one loop, no allocation) for each kind of
// scale, against calling `calc` per row. Prints medians in milliseconds as JSON.
// Run after a build: `pnpm bench` (turbo builds first) or `node bench/scales.mjs`.
import { hrtime, stdout, version } from 'node:process';
import { createScale } from '../dist/index.js';

const rows = 1_000_000;
const runs = 21;
const bases = new Float64Array(rows);
let seed = 42;
for (let row = 0; row < rows; row += 1) {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648; // a fixed pseudo-random sequence
  bases[row] = (seed / 2_147_483_648) * 60_000 - 1_000;
}
const out = new Float64Array(rows);

// The template country's social security contribution in 2017, and a five-bracket income tax.
const scales = {
  marginal_rate_3: createScale('marginal_rate', [0, 6000, 12400], [0.02, 0.06, 0.12]),
  marginal_rate_5: createScale('marginal_rate', [0, 10_225, 26_070, 74_545, 160_336], [0, 0.11, 0.3, 0.41, 0.45]),
  single_amount_3: createScale('single_amount', [0, 6000, 12400], [50, 20, 5]),
  marginal_amount_3: createScale('marginal_amount', [0, 6000, 12400], [50, 20, 5]),
  linear_average_rate_3: createScale('linear_average_rate', [0, 6000, 12400], [0, 0.1, 0.2]),
};

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run) {
  for (let warm = 0; warm < 3; warm += 1) run();
  const times = [];
  for (let index = 0; index < runs; index += 1) {
    const start = hrtime.bigint();
    run();
    times.push(Number(hrtime.bigint() - start) / 1e6);
  }
  return Math.round(median(times) * 1000) / 1000;
}

// A multiply over the column: the floor any column loop pays (memory traffic), measured
// alongside so that ratios stay meaningful on a busy machine.
const baseline = time(() => {
  for (let row = 0; row < rows; row += 1) out[row] = bases[row] * 0.1;
});
const results = { baseline_multiply: { calcColumnMs: baseline } };
let checksum = 0;
for (const [name, scale] of Object.entries(scales)) {
  const column = time(() => scale.calcColumn(bases, out));
  checksum += out[rows - 1];
  const perRow = time(() => {
    for (let row = 0; row < rows; row += 1) out[row] = scale.calc(bases[row]);
  });
  results[name] = { calcColumnMs: column, calcPerRowMs: perRow, nsPerBase: Math.round(((column * 1e6) / rows) * 100) / 100, ratioToBaseline: Math.round((column / baseline) * 100) / 100 };
}
const indices = new Int32Array(rows);
results.bracket_indices_3 = { calcColumnMs: time(() => scales.marginal_rate_3.bracketIndices(bases, indices)) };

stdout.write(`${JSON.stringify({ benchmark: 'scales', rows, runs, node: version, medians: results, checksum: Math.round(checksum) }, null, 2)}\n`);
