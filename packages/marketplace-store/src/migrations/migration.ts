import { createHash } from 'node:crypto';

/**
 * One forward-only schema change: a name that orders it (`0001-entities`) and its SQL.
 * Once applied somewhere, a migration's SQL must never change: its checksum is recorded and
 * checked on every start.
 *
 * @since 0.1.0
 */
export interface Migration {
  /** Four digits, a dash, then words: the digits order the migrations. */
  readonly name: string;
  /** SQL statements, run in one transaction. Unqualified names resolve to the store's schema. */
  readonly sql: string;
}

/**
 * The SHA-256 checksum of a migration's SQL, as hexadecimal: what the database records.
 *
 * @since 0.1.0
 */
export function migrationChecksum(migration: Migration): string {
  return createHash('sha256').update(migration.sql, 'utf8').digest('hex');
}
