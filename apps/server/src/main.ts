// The civicblocks server process: `node dist/main.js`. Reads its settings from the environment
// (PORT, HOST, WORKERS, LOG, PLAYGROUND_DIR, DOCS_DIR), listens, prints where everything is,
// and stops cleanly on SIGTERM or SIGINT. With WORKERS > 1, a primary process forks that many
// workers that share the port (node:cluster) and forwards the stop signal to them.
import cluster from 'node:cluster';
import { createServerApp } from './app/create-server-app.js';
import { apiMounts, closeMounts, countries, countryMounts } from './mounts.js';
import { choosePort, freePort } from './process/choose-port.js';
import { serveNode } from './process/serve-node.js';
import { serverSettings } from './process/server-settings.js';

const settings = serverSettings(process.env);

if (cluster.isPrimary) {
  const { port, note } = await choosePort(settings.host, settings.port);
  if (note !== undefined) console.log(note);
  if (settings.workers === 1) {
    const running = await startWorker(port);
    // Handlers first: whoever reads the announcement may signal at once.
    stopOnSignal(async () => {
      await running.close();
      await closeMounts();
    });
    announce(running.port);
  } else {
    // Port 0 would give each worker its own port: pick one for all of them.
    const shared = port === 0 ? await freePort(settings.host) : port;
    const workers = Array.from({ length: settings.workers }, () => cluster.fork({ CIVICBLOCKS_PORT: String(shared) }));
    let listening = 0;
    cluster.on('listening', (_worker, address) => {
      listening += 1;
      if (listening === settings.workers) announce(address.port, settings.workers);
    });
    let stopping = false;
    cluster.on('exit', (worker, code) => {
      if (!stopping) {
        console.error(`Worker ${worker.process.pid ?? '?'} exited with code ${code}; stopping.`);
        process.exitCode = 1;
        for (const other of workers) other.process.kill('SIGTERM');
      }
    });
    stopOnSignal(
      () =>
        new Promise<void>((resolve) => {
          stopping = true;
          let alive = workers.filter((worker) => !worker.isDead()).length;
          if (alive === 0) resolve();
          cluster.on('exit', () => {
            alive -= 1;
            if (alive === 0) resolve();
          });
          for (const worker of workers) worker.process.kill('SIGTERM');
        }),
    );
  }
} else {
  const running = await startWorker(Number(process.env['CIVICBLOCKS_PORT']));
  stopOnSignal(async () => {
    await running.close();
    await closeMounts();
  }, false);
}

async function startWorker(port: number): ReturnType<typeof serveNode> {
  const app = createServerApp({
    countries: await countryMounts(),
    apis: await apiMounts({ processes: settings.workers }),
    playgroundDir: settings.playgroundDir,
    docsDir: settings.docsDir,
    ...(settings.log ? { log: writeLine } : {}),
  });
  return serveNode(app, settings.host, port);
}

function writeLine(line: string): void {
  process.stdout.write(`${line}\n`);
}

function announce(port: number, workers = 1): void {
  const base = `http://${settings.host.includes(':') ? `[${settings.host}]` : settings.host}:${port}`;
  console.log(
    [
      `civicblocks server listening on ${base}/ (${workers === 1 ? 'one process' : `${workers} worker processes`}; Ctrl+C to stop)`,
      `  playground  ${base}/`,
      ...countries.map((country) => `  API         ${base}/api/${country.slug}/  (OpenFisca Web API; OpenAPI at ${base}/api/${country.slug}/spec)`),
      `  policy      ${base}/api/policy/validate  (POST a publiccode.yml or code.json)`,
      `  marketplace ${base}/api/marketplace/`,
      `  all APIs    ${base}/api  (one OpenAPI document at ${base}/api/openapi.json)`,
      `  docs        ${base}/docs/`,
    ].join('\n'),
  );
}

function stopOnSignal(stop: () => Promise<void>, announceStop = true): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => {
        if (announceStop) console.log(`Stopped on ${signal}.`);
        process.exit(process.exitCode ?? 0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
