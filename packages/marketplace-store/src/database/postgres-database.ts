import postgres from 'postgres';
import type { Database, QueryOptions, SqlExecutor } from './database.js';
import { StoreError } from '../errors/store-error.js';
import { quoteSchema } from '../internal/identifiers.js';

/**
 * How to connect to a PostgreSQL server.
 *
 * @since 0.1.0
 */
export interface PostgresDatabaseOptions {
  /** A `postgres://` or `postgresql://` URL. */
  readonly url: string;
  /** Postgres schema for the tables; default `marketplace`. */
  readonly schema?: string | undefined;
  /** Most connections at once; default 10. */
  readonly maxConnections?: number | undefined;
}

/**
 * Connects to a PostgreSQL server through the `postgres` client, with a pool of connections
 * whose `search_path` is the store's schema.
 *
 * @since 0.1.0
 */
export async function openPostgresDatabase(options: PostgresDatabaseOptions): Promise<Database> {
  const schema = options.schema ?? 'marketplace';
  const quoted = quoteSchema(schema);
  if (!/^postgres(ql)?:\/\//.test(options.url)) {
    throw new StoreError('invalid_database_url', 'DATABASE_URL must start with postgres:// or postgresql://');
  }
  const sql = postgres(options.url, {
    max: options.maxConnections ?? 10,
    onnotice: () => undefined,
    connection: { search_path: schema, application_name: 'civicblocks-marketplace-store' },
  });
  try {
    await sql.unsafe(`CREATE SCHEMA IF NOT EXISTS ${quoted}`);
  } catch (error) {
    // Two processes may create the schema at the same moment; the loser sees a duplicate.
    if (!isDuplicateSchema(error)) {
      await sql.end({ timeout: 1 });
      throw new StoreError('database_unavailable', `Cannot reach PostgreSQL: ${(error as Error).message}`, {}, {}, { cause: error });
    }
  }
  let closed = false;
  return {
    driver: 'postgres',
    schema,
    query: async <Row extends object>(text: string, params?: readonly unknown[], options?: QueryOptions) => (await run(sql, text, params, options)) as unknown as Row[],
    exec: async (script) => {
      await sql.unsafe(script);
    },
    transaction: async <T>(work: (tx: SqlExecutor) => Promise<T>) => (await sql.begin((tx) => work(executorOf(tx)))) as T,
    close: async () => {
      if (closed) return;
      closed = true;
      await sql.end({ timeout: 5 });
    },
  };
}

function executorOf(tx: postgres.TransactionSql): SqlExecutor {
  return {
    query: async <Row extends object>(text: string, params?: readonly unknown[], options?: QueryOptions) => (await run(tx, text, params, options)) as unknown as Row[],
    exec: async (script) => {
      await tx.unsafe(script);
    },
  };
}

/**
 * Runs one statement. A statement with parameters is prepared once per connection and then
 * costs one round trip (Bind, Execute); unprepared, the client first asks the server to
 * describe it, a second round trip every time. The store's SQL texts come from a bounded set of
 * shapes (values are always parameters), so the per-connection cache stays small. With
 * `planEachTime` the statement is not prepared, so the server plans it for the values given.
 */
function run(target: postgres.Sql | postgres.TransactionSql, text: string, params: readonly unknown[] | undefined, options: QueryOptions | undefined): postgres.PendingQuery<postgres.Row[]> {
  if (params === undefined || params.length === 0) return target.unsafe(text);
  // An unnamed statement is planned with the values it is given.
  return target.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: options?.planEachTime !== true });
}

function isDuplicateSchema(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === '23505' || code === '42P06';
}
