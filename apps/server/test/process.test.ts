// The built server as a real subprocess: it listens, prints its addresses, answers, and stops
// cleanly on SIGTERM. Every test kills what it started, even when an assertion fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const started: ChildProcess[] = [];

afterEach(() => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

interface Started {
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly port: number;
}

function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [main], { env: { ...process.env, HOST: '127.0.0.1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`The server did not start in time:\n${output}`));
    }, 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        resolve({ child, output: () => output, port: Number(match[1]) });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${code ?? 'a signal'} before listening:\n${output}`));
    });
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => {
    resolve({ code, signal });
  }));
}

function occupy(port: number): Promise<Server | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => {
      resolve(undefined);
    });
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => {
      resolve(server);
    });
  });
}

describe('the server process', () => {
  it('prints the addresses, logs requests and stops cleanly on SIGTERM', async () => {
    const server = await start({ PORT: '0' });
    const base = `http://127.0.0.1:${server.port}`;
    expect(server.output()).toContain(`playground  ${base}/`);
    expect(server.output()).toContain(`API         ${base}/api/country-template/`);
    expect(server.output()).toContain(`all APIs    ${base}/api`);
    expect(server.output()).toContain(`docs        ${base}/docs/`);
    const response = await fetch(`${base}/api/country-template/calculate`, { method: 'POST', body: JSON.stringify({ persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': null } } } }) });
    expect(await response.json()).toEqual({ persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': 300 } } } });
    await expect.poll(() => server.output()).toMatch(/ POST \/api\/country-template\/calculate 200 /);
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain('Stopped on SIGTERM.');
    await expect(fetch(`${base}/api`)).rejects.toThrow();
  });

  it('picks a free port and says so when 3000 is taken and PORT is unset', async () => {
    const blocker = await occupy(3000);
    try {
      const env: Record<string, string> = { LOG: 'off', PORT: '' };
      const server = await start(env);
      expect(server.port).not.toBe(3000);
      expect(server.output()).toContain(`Port 3000 is taken, so the server uses port ${server.port}`);
      server.child.kill('SIGTERM');
      expect((await exited(server.child)).code).toBe(0);
    } finally {
      blocker?.close();
    }
  });

  it('shares the port between worker processes and stops them all on SIGTERM', async () => {
    const server = await start({ PORT: '0', WORKERS: '2', LOG: 'off' });
    expect(server.output()).toContain('2 worker processes');
    const answers = await Promise.all(Array.from({ length: 8 }, () => fetch(`http://127.0.0.1:${server.port}/api`).then((response) => response.status)));
    expect(answers).toEqual(new Array(8).fill(200));
    server.child.kill('SIGTERM');
    expect(await exited(server.child)).toEqual({ code: 0, signal: null });
    await expect(fetch(`http://127.0.0.1:${server.port}/api`)).rejects.toThrow();
  });
});
