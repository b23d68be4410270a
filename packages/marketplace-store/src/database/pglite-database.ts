import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, SqlExecutor } from './database.js';
import { quoteSchema } from '../internal/identifiers.js';

/**
 * How to open embedded PostgreSQL.
 *
 * @since 0.1.0
 */
export interface PgliteDatabaseOptions {
  /** Data folder, persisted between runs. Without it the database lives in memory. */
  readonly dataDir?: string | undefined;
  /** Postgres schema for the tables; default `marketplace`. */
  readonly schema?: string | undefined;
  /**
   * A PGlite instance to share instead of opening one (for example several schemas in one
   * instance). The caller keeps ownership: `close()` then leaves the instance open.
   */
  readonly pglite?: PGlite | undefined;
}

/**
 * Opens embedded PostgreSQL (PGlite), in memory or persisted to `dataDir`. Only one process may
 * open a data folder at a time. Close it when done: each instance holds about 0.9 GB.
 *
 * @since 0.1.0
 */
export async function openPgliteDatabase(options: PgliteDatabaseOptions = {}): Promise<Database> {
  const schema = options.schema ?? 'marketplace';
  const quoted = quoteSchema(schema);
  const owned = options.pglite === undefined;
  if (owned && options.dataDir !== undefined && !/^[a-z]+:\/\//.test(options.dataDir)) {
    // PGlite creates its data folder but not the folders above it (`.data/marketplace` on a
    // fresh clone); `idb://` and `memory://` locations are not files.
    const { mkdir } = await import('node:fs/promises');
    await mkdir(options.dataDir, { recursive: true });
  }
  const pg = options.pglite ?? (options.dataDir === undefined ? new PGlite() : new PGlite(options.dataDir));
  await pg.waitReady;
  await pg.exec(`CREATE SCHEMA IF NOT EXISTS ${quoted}; SET search_path TO ${quoted}`);
  const setPath = `SET LOCAL search_path TO ${quoted}`;
  // An owned instance keeps the session's search_path; a shared one may serve several schemas,
  // so every statement runs in a transaction that sets its own.
  const transaction = <T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> =>
    pg.transaction(async (tx) => {
      await tx.exec(setPath);
      return work(executorOf(tx));
    });
  let closed = false;
  return {
    driver: 'pglite',
    schema,
    query: owned ? (text, params) => queryOn(pg, text, params) : (text, params) => transaction((tx) => tx.query(text, params)),
    exec: owned
      ? async (script) => {
          await pg.exec(script);
        }
      : (script) => transaction((tx) => tx.exec(script)),
    transaction,
    close: async () => {
      if (closed) return;
      closed = true;
      if (owned) await pg.close();
    },
  };
}

function executorOf(tx: Transaction): SqlExecutor {
  return {
    query: (text, params) => queryOn(tx, text, params),
    exec: async (script) => {
      await tx.exec(script);
    },
  };
}

async function queryOn<Row extends object>(target: PGlite | Transaction, text: string, params?: readonly unknown[]): Promise<Row[]> {
  const result = await target.query<Row>(text, params === undefined ? undefined : [...params]);
  return result.rows;
}
