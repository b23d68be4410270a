// Benchmarks of the store with 100 000 opportunities and 100 000 services: search latency,
// transitions per second (each with its audit event) and the OCDS export rate. Runs on the
// PostgreSQL server at DATABASE_URL when it is set (in a schema of its own, dropped at the
// end), else on embedded PGlite in memory. Prints medians of three rounds as JSON; progress
// goes to standard error (BENCH_QUIET=1 silences it).
//   pnpm --filter @civicblocks/marketplace-store bench
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { exportContextOf, generateDemoMarketplace, opportunityBundles, opportunityReleases } from '@civicblocks/marketplace';
import { exportAllReleases, importMarketplace, openMarketplaceStore } from '../dist/index.js';

const url = process.env.DATABASE_URL || undefined;
const rounds = 3;
const opportunities = Number(process.env.BENCH_OPPORTUNITIES ?? 100_000);
const suppliers = Number(process.env.BENCH_SUPPLIERS ?? 25_000);
const log = process.env.BENCH_QUIET === '1' ? () => undefined : (line) => process.stderr.write(`${line}\n`);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const round = (value, digits = 2) => Number(value.toFixed(digits));

let started = performance.now();
const demo = generateDemoMarketplace({ suppliers, opportunities });
log(`generated ${demo.opportunities.length} opportunities, ${demo.services.length} services, ${demo.responses.length} responses in ${round((performance.now() - started) / 1000, 1)} s`);

const schema = `bench_${process.pid}`;
const store = await openMarketplaceStore({ url, schema, clock: () => demo.now, government: demo.config, maxConnections: 8 });
try {
  started = performance.now();
  await importMarketplace(store.database, demo, { batchSize: 5000 });
  // What autovacuum does soon after a bulk load: statistics for the planner, and the visibility
  // map that lets search read a page's keys from its index alone.
  await store.database.exec('VACUUM ANALYZE');
  const importSeconds = (performance.now() - started) / 1000;
  const rows = Object.values(demo).filter(Array.isArray).reduce((sum, list) => sum + list.length, 0);
  log(`imported ${rows} rows in ${round(importSeconds, 1)} s`);

  // Search: a mix of what buyers and suppliers ask, each query timed on its own. Words that the
  // demo's opportunities and services use often, rarely and never, and web-search syntax.
  const words = ['grant', 'migration', '"flood warning"', 'library -card', 'team', 'pothole', 'cloud', 'security', 'accessibility', 'research'];
  const locations = demo.config.locations;
  const lots = [...new Set(demo.opportunities.map((item) => item.lotSlug))];
  const serviceLots = [...new Set(demo.services.map((item) => item.lotSlug))];
  const searches = [];
  for (let index = 0; index < 300; index += 1) {
    const word = words[index % words.length];
    switch (index % 6) {
      case 0: searches.push(() => store.opportunities.search({ text: word, limit: 20 })); break;
      case 1: searches.push(() => store.opportunities.search({ lotSlug: lots[index % lots.length], location: locations[index % locations.length], limit: 20 })); break;
      case 2: searches.push(() => store.opportunities.search({ text: word, location: locations[index % locations.length], limit: 20 })); break;
      case 3: searches.push(() => store.opportunities.search({ closesFrom: demo.now, closesBefore: new Date(Date.parse(demo.now) + 5 * 86_400_000).toISOString(), limit: 20 })); break;
      case 4: searches.push(() => store.services.search({ text: word, limit: 20 })); break;
      default: searches.push(() => store.services.search({ lotSlug: serviceLots[index % serviceLots.length], text: word, limit: 20 })); break;
    }
  }
  // Second pages through the cursor, as a client paging would.
  const first = await store.opportunities.search({ limit: 20 });
  for (let index = 0; index < 30; index += 1) searches.push(() => store.opportunities.search({ limit: 20, after: first.next ?? undefined }));

  const searchRounds = [];
  for (let r = 0; r < rounds; r += 1) {
    const latencies = [];
    for (const search of searches) {
      const t = performance.now();
      await search();
      latencies.push(performance.now() - t);
    }
    searchRounds.push({ p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99), max: Math.max(...latencies) });
    log(`search round ${r + 1}: p50 ${round(searchRounds.at(-1).p50)} ms, p95 ${round(searchRounds.at(-1).p95)} ms, p99 ${round(searchRounds.at(-1).p99)} ms`);
  }

  // Transitions with audit: published services hidden, each a read (the service and its guards'
  // context) then one statement (the conditional UPDATE, the archived version and the audit
  // event), from 8 connections at once on a server as a real API server would.
  const published = demo.services.filter((item) => item.status === 'published').map((item) => item.id);
  const concurrency = url === undefined ? 1 : 8;
  const transitionRounds = [];
  let cursor = 0;
  for (let r = 0; r < rounds; r += 1) {
    const batch = published.slice(cursor, cursor + 2000);
    cursor += 2000;
    const t = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < batch.length) {
          const id = batch[next];
          next += 1;
          await store.services.transition(id, 'hide', { actorId: 'bench' });
        }
      }),
    );
    const perSecond = batch.length / ((performance.now() - t) / 1000);
    transitionRounds.push(perSecond);
    log(`transitions round ${r + 1}: ${Math.round(perSecond)}/s (${concurrency} at a time)`);
  }

  // The machine's ceiling for comparison: empty transactions that each insert one audit row.
  const baselineRounds = [];
  for (let r = 0; r < rounds; r += 1) {
    const t = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < 2000) {
          next += 1;
          await store.database.transaction((tx) => tx.query("INSERT INTO audit_events (at, action, object_kind, object_id, data) VALUES (now(), 'bench.baseline', 'service', 'none', '{}')"));
        }
      }),
    );
    baselineRounds.push(2000 / ((performance.now() - t) / 1000));
  }
  log(`baseline: ${Math.round(median(baselineRounds))} one-insert transactions/s`);

  // The model's own mapping in memory (20 000 opportunities a round), for comparison with the
  // export from the store.
  const inMemory = [];
  const context = exportContextOf(demo);
  const bundles = opportunityBundles(demo).slice(0, 20_000);
  for (let r = 0; r < rounds; r += 1) {
    const t = performance.now();
    let count = 0;
    for (const bundle of bundles) count += opportunityReleases(bundle, context).length;
    inMemory.push(count / ((performance.now() - t) / 1000));
  }
  log(`model export in memory: ${Math.round(median(inMemory))} releases/s`);

  // OCDS export: the whole release history of 20 000 opportunities per round, streamed by
  // exportAllReleases (pages of 2 000 opportunities, the next page read while the current one
  // is mapped); each round starts (by date of last change) where the previous one stopped.
  const changed = demo.opportunities.map((item) => item.updatedAt).sort();
  const exportRounds = [];
  for (let r = 0; r < rounds; r += 1) {
    const since = changed[r * 20_000];
    const t = performance.now();
    let releases = 0;
    const seen = new Set();
    for await (const release of exportAllReleases(store, { since })) {
      seen.add(release.ocid);
      if (seen.size > 20_000) break;
      releases += 1;
    }
    const perSecond = releases / ((performance.now() - t) / 1000);
    exportRounds.push({ releases, perSecond });
    log(`export round ${r + 1}: ${releases} releases of ${seen.size - 1} opportunities at ${Math.round(perSecond)}/s`);
  }

  const result = {
    driver: url === undefined ? 'pglite' : 'postgres',
    server: (await store.database.query('SHOW server_version'))[0]?.server_version,
    opportunities: demo.opportunities.length,
    services: demo.services.length,
    rowsImported: rows,
    importSeconds: round(importSeconds, 1),
    searchQueries: searches.length,
    searchP50Ms: round(median(searchRounds.map((item) => item.p50))),
    searchP95Ms: round(median(searchRounds.map((item) => item.p95))),
    searchP99Ms: round(median(searchRounds.map((item) => item.p99))),
    searchMaxMs: round(median(searchRounds.map((item) => item.max))),
    transitionsPerSecond: Math.round(median(transitionRounds)),
    transitionConcurrency: concurrency,
    baselineOneInsertTransactionsPerSecond: Math.round(median(baselineRounds)),
    transitionsToBaseline: round(median(transitionRounds) / median(baselineRounds)),
    exportReleasesPerRound: exportRounds[0].releases,
    exportReleasesPerSecond: Math.round(median(exportRounds.map((item) => item.perSecond))),
    modelInMemoryExportReleasesPerSecond: Math.round(median(inMemory)),
    exportToModelInMemory: round(median(exportRounds.map((item) => item.perSecond)) / median(inMemory)),
    loadAverage: loadavg().map((value) => round(value, 1)),
    targets: { searchP95Ms: 10, transitionsPerSecond: 1000, exportReleasesPerSecond: 20000 },
  };
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  if (url !== undefined) await store.database.exec(`DROP SCHEMA "${schema}" CASCADE`);
  await store.close();
}
