#!/usr/bin/env node
// OCDS export + validation throughput and peak memory at 10 000, 100 000 (and 1 000 000)
// releases. Each size runs in its own process so that its peak RSS is its own; medians as JSON.
//
// Per size, two timed phases, each in its own process after its own (untimed) setup:
//   1. export: demo releases are generated, each release OBJECT is validated against the
//      official release schema (../shared/data/ocds, lots extension) and checked for a unique
//      ocid + id, and the package is streamed to a file; with --threads N the blocks are made on
//      N worker threads, taken in order with bounded backpressure.
//   2. file validation: the written file is validated again by streaming it, as any consumer of
//      a package would (envelope, every release parsed and validated, uniqueness by a set); with
//      --threads N this thread splits the stream and N workers parse and validate.
// `exportValidatedReleasesPerSecond` is phase 1 alone (export with every release validated, no
// JSON round trip); `endToEndReleasesPerSecond` is phases 1 + 2 (the file validated as well).
//
//   pnpm bench                                    sizes 10000,100000 (routine)
//   node bench/ocds-throughput.mjs --sizes 10000,100000,1000000 --runs 1
//   node bench/ocds-throughput.mjs --threads 0    everything on the main thread (the one-thread APIs)
//   node bench/ocds-throughput.mjs --parsers      also compares the two stream parsers at 10000 (one thread)
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const here = fileURLToPath(import.meta.url);
const schemaDir = fileURLToPath(new URL('../../../../shared/data/ocds/', import.meta.url));
const { values } = parseArgs({ options: { sizes: { type: 'string' }, runs: { type: 'string' }, child: { type: 'string' }, phase: { type: 'string' }, file: { type: 'string' }, parser: { type: 'string' }, parsers: { type: 'boolean' }, threads: { type: 'string' } } });
const threads = Number(values.threads ?? 2);

const cpuSeconds = (usage) => (usage.user + usage.system) / 1e6;

async function exportOnOneThread(file, count, validator, lib) {
  const demo = lib.generateDemoMarketplace({ seed: 1, opportunities: 0 });
  const context = lib.exportContextOf(demo);
  const session = validator.session('release-package');
  const out = createWriteStream(file);
  const cpu = process.cpuUsage();
  const started = performance.now();
  let buffer = '';
  let first = true;
  const releases = (function* () {
    for (const release of lib.demoReleases(demo, count)) {
      if (first) {
        session.begin({ extensions: [lib.lotsExtensionUrl] });
        first = false;
      }
      session.checked(validator.validateRelease(release, '$.releases[?]', [lib.lotsExtensionUrl]), lib.ocdsItemKey('release-package', release));
      yield release;
    }
  })();
  for (const chunk of lib.releasePackageChunks(releases, context)) {
    buffer += chunk;
    if (buffer.length >= 1 << 20) {
      if (!out.write(buffer)) await new Promise((resolve) => out.once('drain', resolve));
      buffer = '';
    }
  }
  out.end(buffer);
  await new Promise((resolve) => out.once('finish', resolve));
  const report = session.finish({ version: '1.1', uri: 'https://example.gov/x', publishedDate: '2026-06-15T12:00:00Z', publisher: { name: 'x' }, extensions: [lib.lotsExtensionUrl] });
  return { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSeconds(process.cpuUsage(cpu)), report };
}

// Each phase runs in its own process, as an exporter and a validator would: its peak RSS is its own.
if (values.child !== undefined) {
  const lib = await import('../dist/index.js');
  const { createDemoExportPool, createOcdsValidationPool, loadOcdsSchemas, validateOcdsFile } = await import('../dist/node.js');
  const count = Number(values.child);
  const file = values.file;
  const schemas = await loadOcdsSchemas(schemaDir);
  // Compiling the release schema (about half a second per thread) and generating the demo
  // marketplace are setup, like loading the schema: done before the clocks start.
  const validator = lib.createOcdsValidator(schemas);
  validator.prepare([lib.lotsExtensionUrl]);
  let measured;
  if (values.phase === 'export') {
    let exported;
    if (threads > 0) {
      const exporter = await createDemoExportPool({ threads, schemas });
      const out = createWriteStream(file);
      const cpu = process.cpuUsage();
      const started = performance.now();
      const result = await exporter.write(out, { releases: count });
      out.end();
      await new Promise((resolve) => out.once('finish', resolve));
      exported = { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSeconds(process.cpuUsage(cpu)), report: result.report };
      await exporter.close();
    } else {
      exported = await exportOnOneThread(file, count, validator, lib);
    }
    if (!exported.report.valid || exported.report.items !== count) throw new Error(`Unexpected export report: ${JSON.stringify(exported.report).slice(0, 500)}`);
    measured = { seconds: exported.seconds, cpuSeconds: exported.cpuSeconds, bytes: statSync(file).size };
  } else {
    const pool = threads > 0 && values.parser !== 'streamparser' ? await createOcdsValidationPool(schemas, { threads, extensions: [lib.lotsExtensionUrl] }) : undefined;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const report = pool === undefined ? await validateOcdsFile(file, validator, { parser: values.parser === 'streamparser' ? 'streamparser' : 'splitter' }) : await pool.validateFile(file);
    measured = { seconds: (performance.now() - started) / 1000, cpuSeconds: cpuSeconds(process.cpuUsage(cpu)) };
    await pool?.close();
    if (!report.valid || report.items !== count) throw new Error(`Unexpected report: ${JSON.stringify(report).slice(0, 500)}`);
  }
  process.stdout.write(JSON.stringify({ ...measured, peakRssMiB: process.resourceUsage().maxRSS / 1024 }));
  process.exit(0);
}

const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const runPhase = (count, threadCount, phase, file, parser) =>
  JSON.parse(execFileSync(process.execPath, [here, '--child', String(count), '--phase', phase, '--file', file, '--threads', String(threadCount), ...(parser === undefined ? [] : ['--parser', parser])], { encoding: 'utf8', maxBuffer: 1 << 20 }));
const runChild = (count, threadCount, parser) => {
  const directory = mkdtempSync(join(tmpdir(), 'marketplace-bench-'));
  const file = join(directory, 'releases.json');
  try {
    const exported = runPhase(count, threadCount, 'export', file);
    const validated = runPhase(count, threadCount, 'validate', file, parser);
    return { exportSeconds: exported.seconds, exportCpuSeconds: exported.cpuSeconds, exportPeakRssMiB: exported.peakRssMiB, validateSeconds: validated.seconds, validateCpuSeconds: validated.cpuSeconds, validatePeakRssMiB: validated.peakRssMiB, bytes: exported.bytes };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
};

const sizes = (values.sizes ?? '10000,100000').split(',').map(Number);
const results = [];
for (const releases of sizes) {
  const runs = Number(values.runs ?? (releases <= 10_000 ? 3 : 1));
  const samples = Array.from({ length: runs }, () => runChild(releases, threads));
  const perSecond = (seconds) => Math.round(releases / median(seconds));
  results.push({
    releases,
    runs,
    megabytes: Math.round(samples[0].bytes / 1e5) / 10,
    exportValidatedReleasesPerSecond: perSecond(samples.map((sample) => sample.exportSeconds)),
    fileValidationReleasesPerSecond: perSecond(samples.map((sample) => sample.validateSeconds)),
    endToEndReleasesPerSecond: perSecond(samples.map((sample) => sample.exportSeconds + sample.validateSeconds)),
    // On a shared, loaded machine wall time mostly measures the wait for a core; CPU time (all threads) measures the work.
    exportValidatedReleasesPerCpuSecond: perSecond(samples.map((sample) => sample.exportCpuSeconds)),
    fileValidationReleasesPerCpuSecond: perSecond(samples.map((sample) => sample.validateCpuSeconds)),
    endToEndReleasesPerCpuSecond: perSecond(samples.map((sample) => sample.exportCpuSeconds + sample.validateCpuSeconds)),
    exportPeakRssMiB: Math.round(median(samples.map((sample) => sample.exportPeakRssMiB))),
    fileValidationPeakRssMiB: Math.round(median(samples.map((sample) => sample.validatePeakRssMiB))),
  });
}
const first = results[0];
const last = results[results.length - 1];
const output = {
  benchmark: 'OCDS export (every release validated) + streaming validation of the written file, medians',
  node: process.version,
  threads,
  loadAverage1m: Math.round(loadavg()[0] * 10) / 10,
  results,
  // CPU time per release at the largest size over the smallest: 1 is linear.
  linearity: first && last ? Math.round((first.endToEndReleasesPerCpuSecond / last.endToEndReleasesPerCpuSecond) * 100) / 100 : null,
  targets: { endToEndReleasesPerSecond: 30_000, peakRssMiBAtOneMillion: 512 },
};
if (values.parsers === true) {
  const splitter = runChild(10_000, 0, 'splitter');
  const streamparser = runChild(10_000, 0, 'streamparser');
  output.parsers = { releases: 10_000, splitterValidateReleasesPerSecond: Math.round(10_000 / splitter.validateSeconds), streamparserValidateReleasesPerSecond: Math.round(10_000 / streamparser.validateSeconds) };
}
console.log(JSON.stringify(output, null, 2));
