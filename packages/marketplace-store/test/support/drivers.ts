import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase, openPgliteDatabase, type Database, type DriverName } from '../../src/index.js';

/**
 * A driver the suite runs against: PGlite always, PostgreSQL as well when DATABASE_URL is set.
 * Each test opens a database in a fresh schema. PGlite instances are expensive (about 0.9 GB,
 * 1.5 s to start), so a test file shares one between `start` and `stop`.
 */
export interface TestDriver {
  readonly name: DriverName;
  readonly start: () => Promise<void>;
  readonly stop: () => Promise<void>;
  readonly open: () => Promise<TestDatabase>;
}

export interface TestDatabase {
  readonly database: Database;
  /** A second connection pool to the same schema, for concurrency tests; the same database on PGlite. */
  readonly openAnother: () => Promise<Database>;
  /** Drops the schema and closes the connections. */
  readonly drop: () => Promise<void>;
}

const url = process.env['DATABASE_URL'];

/** The PostgreSQL server the suite also runs against, if any. */
export const serverUrl: string | undefined = url === undefined || url === '' ? undefined : url;

const freshSchema = (): string => `test_${randomBytes(6).toString('hex')}`;

function pgliteDriver(): TestDriver {
  let shared: PGlite | undefined;
  return {
    name: 'pglite',
    start: async () => {
      shared = new PGlite();
      await shared.waitReady;
    },
    stop: async () => {
      await shared?.close();
      shared = undefined;
    },
    open: async () => {
      if (shared === undefined) throw new Error('call start() first');
      const schema = freshSchema();
      const database = await openPgliteDatabase({ pglite: shared, schema });
      return {
        database,
        openAnother: () => Promise.resolve(database),
        drop: async () => {
          await database.exec(`DROP SCHEMA "${schema}" CASCADE`);
          await database.close();
        },
      };
    },
  };
}

function postgresDriver(serverUrl: string): TestDriver {
  return {
    name: 'postgres',
    start: () => Promise.resolve(),
    stop: () => Promise.resolve(),
    open: async () => {
      const schema = freshSchema();
      const database = await openDatabase({ url: serverUrl, schema });
      const others: Database[] = [];
      return {
        database,
        openAnother: async () => {
          const other = await openDatabase({ url: serverUrl, schema });
          others.push(other);
          return other;
        },
        drop: async () => {
          await Promise.all(others.map((other) => other.close()));
          await database.exec(`DROP SCHEMA "${schema}" CASCADE`);
          await database.close();
        },
      };
    },
  };
}

/** The drivers to run each suite against. */
export const testDrivers: readonly TestDriver[] = [pgliteDriver(), ...(serverUrl === undefined ? [] : [postgresDriver(serverUrl)])];
