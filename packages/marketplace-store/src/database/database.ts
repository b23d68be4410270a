/**
 * Runs SQL. Parameters are always sent separately from the text (`$1`, `$2`…), never spliced in,
 * so that text that looks like SQL stays text.
 *
 * @since 0.1.0
 */
export interface SqlExecutor {
  /** Runs one statement with parameters and returns its rows. */
  query<Row extends object = Record<string, unknown>>(text: string, params?: readonly unknown[], options?: QueryOptions): Promise<Row[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

/**
 * How to run one statement.
 *
 * @since 0.1.0
 */
export interface QueryOptions {
  /**
   * Plan the statement for its parameters' values every time, rather than letting the server
   * reuse a generic plan of a prepared statement. For searches, whose best plan depends on the
   * words sought (a rare word through the GIN index, a common one along the keyset index).
   * Costs one more round trip on a server; nothing on PGlite.
   */
  readonly planEachTime?: boolean | undefined;
}

/**
 * The driver under a store.
 *
 * @since 0.1.0
 */
export type DriverName = 'pglite' | 'postgres';

/**
 * A connection to PostgreSQL, embedded (PGlite) or a server: the one code path the store uses
 * for both.
 *
 * @since 0.1.0
 */
export interface Database extends SqlExecutor {
  /** Which driver runs the SQL. */
  readonly driver: DriverName;
  /** The Postgres schema that holds the marketplace tables. */
  readonly schema: string;
  /**
   * Runs `work` in one transaction: it commits when `work` resolves and rolls back when it
   * throws. On PGlite transactions run one after another; on a server they run concurrently
   * at READ COMMITTED.
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Closes the connection (PGlite releases its memory, about 0.9 GB). Safe to call twice. */
  close(): Promise<void>;
}

/**
 * How to open a database.
 *
 * @since 0.1.0
 */
export interface DatabaseOptions {
  /**
   * A `postgres://` URL of a PostgreSQL server. Without it the store uses embedded PGlite.
   */
  readonly url?: string | undefined;
  /**
   * PGlite data folder, persisted between runs (for example `./.data/marketplace`). Without it
   * (and without `url`) the database lives in memory.
   */
  readonly dataDir?: string | undefined;
  /** Postgres schema for the tables; default `marketplace`. Letters, digits and `_` only. */
  readonly schema?: string | undefined;
  /** Most connections to a server at once; default 10. */
  readonly maxConnections?: number | undefined;
}
