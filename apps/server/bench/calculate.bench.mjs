#!/usr/bin/env node
// Besides requests/s and latency it reports the server's CPU time per request (from /proc, on
// Linux), which stays meaningful when other work shares the machine, and the load average.
// Load test of POST /api/country-template/calculate for a two-adult household: starts the built
// server with two worker processes (both cores) on a loopback port, drives it with autocannon
// from this process for ROUNDS rounds of DURATION seconds, prints the medians as JSON, and
// stops the server. Environment: ROUNDS (5), DURATION (5), CONNECTIONS (8), WORKERS (2).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

const rounds = Number(process.env.ROUNDS ?? 5);
const duration = Number(process.env.DURATION ?? 5);
const connections = Number(process.env.CONNECTIONS ?? 8);
const workers = process.env.WORKERS ?? '2';

const household = {
  persons: {
    Ari: { birth: { ETERNITY: '1980-03-01' }, salary: { '2017-01': 2000 }, income_tax: { '2017-01': null }, social_security_contribution: { '2017-01': null }, basic_income: { '2017-01': null } },
    Bo: { birth: { ETERNITY: '1982-07-15' }, salary: { '2017-01': 1500 }, income_tax: { '2017-01': null }, social_security_contribution: { '2017-01': null }, basic_income: { '2017-01': null } },
  },
  households: {
    home: {
      adults: ['Ari', 'Bo'],
      rent: { '2017-01': 700 },
      accommodation_size: { '2017-01': 60 },
      housing_occupancy_status: { '2017-01': 'tenant' },
      disposable_income: { '2017-01': null },
      total_taxes: { '2017-01': null },
    },
  },
};

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const server = spawn(process.execPath, [main], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WORKERS: workers, LOG: 'off' }, stdio: ['ignore', 'pipe', 'inherit'] });
const stop = () => {
  if (server.exitCode === null) server.kill('SIGTERM');
};
process.on('exit', stop);

try {
  const port = await new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`The server did not start:\n${output}`)), 30_000);
    server.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    server.once('exit', (code) => reject(new Error(`The server exited with ${code}:\n${output}`)));
  });
  const url = `http://127.0.0.1:${port}/api/country-template/calculate`;
  const body = JSON.stringify(household);
  const check = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (check.status !== 200) throw new Error(`POST /calculate answered ${check.status}: ${await check.text()}`);
  const answer = await check.json();
  console.error(`disposable_income: ${JSON.stringify(answer.households.home.disposable_income)}`);

  // Warm-up: lets V8 optimise the hot path in both workers.
  await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration: 2 });
  const results = [];
  for (let round = 0; round < rounds; round += 1) {
    const before = serverCpuMicroseconds(server.pid);
    const result = await autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration });
    const cpu = before === undefined ? undefined : (serverCpuMicroseconds(server.pid) - before) / result.requests.total;
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`Round ${round + 1}: ${result.non2xx} non-2xx answers, ${result.errors} errors.`);
    results.push({ requestsPerSecond: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, cpu });
    console.error(`round ${round + 1}: ${result.requests.average} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms${cpu === undefined ? '' : `, server CPU ${cpu.toFixed(0)} µs/request`}`);
  }
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const summary = {
    benchmark: 'POST /api/country-template/calculate, two-adult household',
    workers: Number(workers),
    connections,
    rounds,
    durationSeconds: duration,
    requestsPerSecond: median(results.map((result) => result.requestsPerSecond)),
    latencyMs: { p50: median(results.map((result) => result.p50)), p99: median(results.map((result) => result.p99)) },
    serverCpuMicrosecondsPerRequest: results[0]?.cpu === undefined ? null : Math.round(median(results.map((result) => result.cpu))),
    loadAverage1m: Number(loadavg()[0].toFixed(2)),
    target: { requestsPerSecond: 5400, p99Ms: 5 },
  };
  summary.meetsTarget = summary.requestsPerSecond >= 5400 && summary.latencyMs.p99 <= 5;
  console.log(JSON.stringify(summary, null, 2));
} finally {
  stop();
}

// User + system CPU time of a process and its children (the cluster's workers), in µs; Linux only.
function serverCpuMicroseconds(pid) {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return undefined;
  const ticks = (id) => {
    const fields = readFileSync(`/proc/${id}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  };
  const childrenFile = `/proc/${pid}/task/${pid}/children`;
  const children = existsSync(childrenFile) ? readFileSync(childrenFile, 'utf8').trim().split(/\s+/).filter(Boolean) : [];
  // Clock ticks are 1/100 s on Linux.
  return [pid, ...children].reduce((sum, id) => sum + ticks(id), 0) * 10_000;
}
