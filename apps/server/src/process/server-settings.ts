import { fileURLToPath } from 'node:url';

/**
 * What the environment asks of the server.
 */
export interface ServerSettings {
  /** Interface to listen on; loopback unless HOST says otherwise. */
  readonly host: string;
  /** `PORT` as given, if given. */
  readonly port: string | undefined;
  /** Worker processes sharing the port (`WORKERS`, default 1: one process). */
  readonly workers: number;
  /** Whether to log one line per request (`LOG=off` silences it, for load tests). */
  readonly log: boolean;
  /** Folder of the built playground. */
  readonly playgroundDir: string;
  /** Folder of the built API docs. */
  readonly docsDir: string;
}

/**
 * Reads the settings from environment variables, with the repository's folders as defaults.
 */
export function serverSettings(env: NodeJS.ProcessEnv): ServerSettings {
  const repository = fileURLToPath(new URL('../../../', import.meta.url));
  const workers = Number(env['WORKERS'] ?? '1');
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new Error(`WORKERS must be a whole number from 1 to 64; got '${env['WORKERS'] ?? ''}'.`);
  return {
    host: env['HOST'] ?? '127.0.0.1',
    port: env['PORT'],
    workers,
    log: env['LOG'] !== 'off',
    playgroundDir: env['PLAYGROUND_DIR'] ?? `${repository}apps/playground/dist`,
    docsDir: env['DOCS_DIR'] ?? `${repository}apps/docs/dist/api`,
  };
}
