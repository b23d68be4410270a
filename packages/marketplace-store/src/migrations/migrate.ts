import type { Database, SqlExecutor } from '../database/database.js';
import { StoreError } from '../errors/store-error.js';
import { marketplaceMigrations } from './marketplace-migrations.js';
import { migrationChecksum, type Migration } from './migration.js';

/**
 * What {@link migrate} did.
 *
 * @since 0.1.0
 */
export interface MigrationReport {
  /** Migrations this call applied, in order. */
  readonly applied: readonly string[];
  /** Migrations that were already applied (by an earlier run or a concurrent one). */
  readonly alreadyApplied: readonly string[];
}

const ledger = 'schema_migrations';

/**
 * Brings the database's schema up to date. Each migration runs in its own transaction holding
 * a transaction-level advisory lock, so two processes migrating at once apply each migration
 * exactly once; running it again does nothing. Before applying anything it checks that every
 * migration already applied is known and unchanged (`migration_unknown`,
 * `migration_checksum_mismatch`). A failing migration rolls back entirely (`migration_failed`).
 *
 * @example
 * ```ts
 * import { migrate, openDatabase } from '@civicblocks/marketplace-store';
 *
 * const database = await openDatabase();
 * const report = await migrate(database);
 * console.log(report.applied); // ['0001-entities', …] the first time, [] afterwards
 * await database.close();
 * ```
 * @since 0.1.0
 */
export async function migrate(database: Database, migrations: readonly Migration[] = marketplaceMigrations): Promise<MigrationReport> {
  checkOrder(migrations);
  const lockKey = `civicblocks-marketplace-store:${database.schema}`;
  await database.transaction(async (tx) => {
    await lock(tx, lockKey);
    await tx.exec(`CREATE TABLE IF NOT EXISTS ${ledger} (
      name text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
  });
  const known = new Map(migrations.map((migration) => [migration.name, migrationChecksum(migration)]));
  const recorded = await database.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${ledger} ORDER BY name`);
  for (const row of recorded) verify(row, known);

  const applied: string[] = [];
  const alreadyApplied: string[] = [];
  for (const migration of migrations) {
    const checksum = known.get(migration.name) ?? '';
    const done = await database.transaction(async (tx) => {
      await lock(tx, lockKey);
      const [row] = await tx.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${ledger} WHERE name = $1`, [migration.name]);
      if (row !== undefined) {
        verify(row, known);
        return true;
      }
      try {
        await tx.exec(migration.sql);
      } catch (error) {
        throw new StoreError('migration_failed', `Migration ${migration.name} failed: ${(error as Error).message}`, { migration: migration.name }, {}, { cause: error });
      }
      await tx.query(`INSERT INTO ${ledger} (name, checksum) VALUES ($1, $2)`, [migration.name, checksum]);
      return false;
    });
    (done ? alreadyApplied : applied).push(migration.name);
  }
  return { applied, alreadyApplied };
}

async function lock(tx: SqlExecutor, key: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
}

function verify(row: { name: string; checksum: string }, known: ReadonlyMap<string, string>): void {
  const expected = known.get(row.name);
  if (expected === undefined) {
    throw new StoreError('migration_unknown', `The database has migration ${row.name}, which this version of the store does not know`, { migration: row.name });
  }
  if (expected !== row.checksum) {
    throw new StoreError('migration_checksum_mismatch', `Migration ${row.name} was changed after it was applied (recorded checksum ${row.checksum.slice(0, 12)}…, now ${expected.slice(0, 12)}…)`, {
      migration: row.name,
    });
  }
}

function checkOrder(migrations: readonly Migration[]): void {
  let previous = '';
  for (const migration of migrations) {
    if (!/^\d{4}-[a-z0-9]+(-[a-z0-9]+)*$/.test(migration.name) || migration.name <= previous) {
      throw new StoreError('migration_failed', `Migration names must be unique, ordered and look like 0001-entities: ${migration.name}`, { migration: migration.name });
    }
    previous = migration.name;
  }
}
