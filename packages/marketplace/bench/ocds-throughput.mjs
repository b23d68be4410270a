#!/usr/bin/env node
// OCDS export + validation throughput and peak memory, end to end: demo releases are exported
// and streamed to a temporary file, then the file is validated by streaming against the official
// schema (../shared/data/ocds). Each size runs in its own process so that its peak RSS is its
// own. Prints medians as JSON.
//
//   pnpm bench                                    sizes 10000,100000 (routine)
//   node bench/ocds-throughput.mjs --sizes 10000,100000,1000000 --runs 1
//   node bench/ocds-throughput.mjs --parsers      also compares the two stream parsers at 10000
//   node bench/ocds-throughput.mjs --threads 0    validates on the main thread only (default: 2 worker threads)
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = fileURLToPath(import.meta.url);
const schemaDir = fileURLToPath(new URL('../../../../shared/data/ocds/', import.meta.url));
const { values } = parseArgs({ options: { sizes: { type: 'string' }, runs: { type: 'string' }, child: { type: 'string' }, parser: { type: 'string' }, parsers: { type: 'boolean' }, threads: { type: 'string' } } });
const threads = Number(values.threads ?? 2);

if (values.child !== undefined) {
  const { createOcdsValidator, demoReleases, exportContextOf, generateDemoMarketplace, lotsExtensionUrl, releasePackageChunks } = await import('../dist/index.js');
  const { createOcdsValidationPool, loadOcdsSchemas, validateOcdsFile } = await import('../dist/node.js');
  const count = Number(values.child);
  const directory = mkdtempSync(join(tmpdir(), 'marketplace-bench-'));
  const file = join(directory, 'releases.json');
  try {
    const schemas = await loadOcdsSchemas(schemaDir);
    const validator = createOcdsValidator(schemas);
    // Compiling the release schema (about half a second) is setup, like loading it; so is
    // starting the worker threads, which compile it too.
    validator.prepare([lotsExtensionUrl]);
    const pool = threads > 0 && values.parser !== 'streamparser' ? await createOcdsValidationPool(schemas, { threads, extensions: [lotsExtensionUrl] }) : undefined;
    const demo = generateDemoMarketplace({ seed: 1, opportunities: 0 });
    const context = exportContextOf(demo);
    const cpuStart = process.cpuUsage();
    const started = performance.now();
    const out = createWriteStream(file);
    let buffer = '';
    for (const chunk of releasePackageChunks(demoReleases(demo, count), context)) {
      buffer += chunk;
      if (buffer.length >= 1 << 20) {
        if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
        buffer = '';
      }
    }
    out.end(buffer);
    await new Promise((resolve) => out.once('finish', resolve));
    const exported = performance.now();
    const cpuExported = process.cpuUsage(cpuStart);
    const report = pool === undefined ? await validateOcdsFile(file, validator, { parser: values.parser === 'streamparser' ? 'streamparser' : 'splitter' }) : await pool.validateFile(file);
    await pool?.close();
    const validated = performance.now();
    const cpuTotal = process.cpuUsage(cpuStart);
    if (!report.valid || report.items !== count) throw new Error(`Unexpected report: ${JSON.stringify(report).slice(0, 500)}`);
    process.stdout.write(JSON.stringify({ exportSeconds: (exported - started) / 1000, validateSeconds: (validated - exported) / 1000, exportCpuSeconds: (cpuExported.user + cpuExported.system) / 1e6, cpuSeconds: (cpuTotal.user + cpuTotal.system) / 1e6, bytes: statSync(file).size, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  process.exit(0);
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const runChild = (count, parser) => JSON.parse(execFileSync(process.execPath, [here, '--child', String(count), '--threads', String(threads), ...(parser === undefined ? [] : ['--parser', parser])], { encoding: 'utf8', maxBuffer: 1 << 20 }));

const sizes = (values.sizes ?? '10000,100000').split(',').map(Number);
const results = [];
for (const releases of sizes) {
  const runs = Number(values.runs ?? (releases <= 10_000 ? 3 : 1));
  const samples = Array.from({ length: runs }, () => runChild(releases));
  const exportSeconds = median(samples.map((sample) => sample.exportSeconds));
  const validateSeconds = median(samples.map((sample) => sample.validateSeconds));
  const total = median(samples.map((sample) => sample.exportSeconds + sample.validateSeconds));
  results.push({
    releases,
    runs,
    megabytes: Math.round(samples[0].bytes / 1e5) / 10,
    exportReleasesPerSecond: Math.round(releases / exportSeconds),
    validateReleasesPerSecond: Math.round(releases / validateSeconds),
    endToEndReleasesPerSecond: Math.round(releases / total),
    microsecondsPerRelease: Math.round((total / releases) * 1e7) / 10,
    // On a shared, loaded machine wall time mostly measures the wait for a core; CPU time measures the work.
    endToEndReleasesPerCpuSecond: Math.round(releases / median(samples.map((sample) => sample.cpuSeconds))),
    exportReleasesPerCpuSecond: Math.round(releases / median(samples.map((sample) => sample.exportCpuSeconds))),
    validateReleasesPerCpuSecond: Math.round(releases / median(samples.map((sample) => sample.cpuSeconds - sample.exportCpuSeconds))),
    peakRssMiB: Math.round(median(samples.map((sample) => sample.peakRssMiB))),
  });
}
const first = results[0];
const last = results[results.length - 1];
const output = {
  benchmark: 'OCDS export + streaming validation (end to end, medians)',
  node: process.version,
  validationThreads: threads,
  loadAverage1m: Math.round(loadavg()[0] * 10) / 10,
  results,
  // Time per release at the largest size over the smallest: 1 is linear.
  linearity: first && last ? Math.round((first.endToEndReleasesPerCpuSecond / last.endToEndReleasesPerCpuSecond) * 100) / 100 : null,
  targets: { endToEndReleasesPerSecond: 30_000, peakRssMiBAtOneMillion: 512 },
};
if (values.parsers === true) {
  const splitter = runChild(10_000, 'splitter');
  const streamparser = runChild(10_000, 'streamparser');
  output.parsers = { releases: 10_000, splitterValidateReleasesPerSecond: Math.round(10_000 / splitter.validateSeconds), streamparserValidateReleasesPerSecond: Math.round(10_000 / streamparser.validateSeconds) };
}
console.log(JSON.stringify(output, null, 2));
