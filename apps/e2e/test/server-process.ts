import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository's root, from this file (apps/e2e/test/). */
export const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** A server started for the test, and how to stop it. */
export interface StartedServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  /** Everything the process printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts the real server (`apps/server/dist/main.js`) on a port the system picks (`PORT=0`) and
 * resolves with its address once it prints the line saying where it listens.
 */
export function startServer(timeoutMs = 30_000): Promise<StartedServer> {
  const main = `${repositoryRoot}apps/server/dist/main.js`;
  if (!existsSync(main)) {
    return Promise.reject(new Error(`${main} does not exist: build the server first (pnpm turbo run build --filter @civicblocks/server).`));
  }
  const child = spawn(process.execPath, [main], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', WORKERS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The server did not say where it listens within ${timeoutMs} ms. It printed:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const match = /listening on (http:\/\/[^\s/]+)/.exec(output);
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      resolve({ origin: match[1], output: () => output, stop: () => stop(child) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${signal ?? `code ${String(code)}`}) before listening. It printed:\n${output}`));
    });
  });
}

/** SIGTERM, as a process manager would send it; the server must stop cleanly within 10 s. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('The server did not stop within 10 s of SIGTERM.'));
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
