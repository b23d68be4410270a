import { createServer } from 'node:net';

/**
 * The port to listen on: `PORT` when set (taken or not: the caller asked for it), else 3000
 * when it is free, else a free port the system picks.
 */
export async function choosePort(host: string, requested: string | undefined, preferred = 3000): Promise<{ port: number; note?: string }> {
  if (requested !== undefined && requested !== '') {
    const port = Number(requested);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a whole number from 0 to 65535; got '${requested}'.`);
    return { port };
  }
  if (await isFree(host, preferred)) return { port: preferred };
  const port = await freePort(host);
  return { port, note: `Port ${preferred} is taken, so the server uses port ${port} (set PORT to choose one).` };
}

function isFree(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => {
      resolve(false);
    });
    probe.listen({ host, port, exclusive: true }, () => {
      probe.close(() => {
        resolve(true);
      });
    });
  });
}

/**
 * A port that is free now on `host`, picked by the system.
 */
export function freePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ host, port: 0, exclusive: true }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}
