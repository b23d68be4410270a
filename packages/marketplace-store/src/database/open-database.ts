import type { Database, DatabaseOptions } from './database.js';

/**
 * Opens the store's database: a PostgreSQL server when `url` is given, else embedded PGlite
 * (persisted to `dataDir`, or in memory). Each driver is loaded only when used.
 *
 * @example
 * ```ts
 * import { openDatabase } from '@civicblocks/marketplace-store';
 *
 * const database = await openDatabase({ url: process.env.DATABASE_URL, dataDir: './.data/marketplace' });
 * console.log(database.driver); // 'postgres' or 'pglite'
 * await database.close();
 * ```
 * @since 0.1.0
 */
export async function openDatabase(options: DatabaseOptions = {}): Promise<Database> {
  if (options.url !== undefined && options.url !== '') {
    const { openPostgresDatabase } = await import('./postgres-database.js');
    return openPostgresDatabase({ url: options.url, schema: options.schema, maxConnections: options.maxConnections });
  }
  const { openPgliteDatabase } = await import('./pglite-database.js');
  return openPgliteDatabase({ dataDir: options.dataDir, schema: options.schema });
}
