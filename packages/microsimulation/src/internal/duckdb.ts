import { createRequire } from 'node:module';
import type * as DuckDB from '@duckdb/node-api';
import type * as Bindings from '@duckdb/node-bindings';

// DuckDB is CommonJS, so it is loaded with `require`, and only when first used. Imported as
// ESM, Node first scans each of its modules for named exports: about half a second of CPU per
// thread here for the Node API. Worker threads load only the small native binding (under 0.1 s).
const require = createRequire(import.meta.url);
let api: typeof DuckDB | undefined;
let native: typeof Bindings | undefined;

/** DuckDB's native binding (its C API): what reading ranges of rows needs, and no more. */
export function bindings(): typeof Bindings {
  native ??= require('@duckdb/node-bindings') as typeof Bindings;
  return native;
}

/** Opens an in-memory DuckDB database through the Node API, and a connection to it. */
export async function openDuckDB(options?: Record<string, string>): Promise<{ instance: DuckDB.DuckDBInstance; connection: DuckDB.DuckDBConnection }> {
  api ??= require('@duckdb/node-api') as typeof DuckDB;
  const instance = await api.DuckDBInstance.create(':memory:', options);
  return { instance, connection: await instance.connect() };
}

/** A connection of the native binding, with its database (kept so that it outlives its use). */
export interface NativeConnection {
  readonly database: Bindings.Database;
  readonly connection: Bindings.Connection;
}

/** Opens an in-memory database through the native binding, with `threads` DuckDB threads (all cores by default). */
export async function openNativeConnection(threads?: number): Promise<NativeConnection> {
  const duckdb = bindings();
  const config = duckdb.create_config();
  if (threads !== undefined) duckdb.set_config(config, 'threads', String(threads));
  const database = await duckdb.open(':memory:', config);
  return { database, connection: await duckdb.connect(database) };
}

/** Closes a native connection and its database. */
export function closeNativeConnection(native: NativeConnection): void {
  const duckdb = bindings();
  duckdb.disconnect_sync(native.connection);
  duckdb.close_sync(native.database);
}
