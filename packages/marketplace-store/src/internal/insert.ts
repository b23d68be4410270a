import type { EntityKind } from '@civicblocks/marketplace';
import type { SqlExecutor } from '../database/database.js';
import { writeAudit } from './audit.js';
import { rethrowConstraint } from './database-errors.js';

/** Inserts one entity row and its `<kind>.create` audit event, in `tx`. */
export async function insertEntity(
  tx: SqlExecutor,
  insert: {
    readonly table: string;
    readonly kind: EntityKind;
    readonly id: string;
    readonly columns: Readonly<Record<string, unknown>>;
    readonly now: string;
    readonly actorId: string | null;
    readonly status?: string | undefined;
  },
): Promise<void> {
  const names = Object.keys(insert.columns);
  const placeholders = names.map((_, index) => `$${index + 1}`);
  await tx
    .query(`INSERT INTO ${insert.table} (${names.join(', ')}) VALUES (${placeholders.join(', ')})`, names.map((name) => insert.columns[name]))
    .catch((error: unknown) => rethrowConstraint(error, { entity: insert.kind, id: insert.id }));
  await writeAudit(tx, { at: insert.now, actorId: insert.actorId, action: `${insert.kind}.create`, kind: insert.kind, id: insert.id, toStatus: insert.status, data: {} });
}

/** Reads one row's document and version, or undefined. The caller names the document's type. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the JSONB column's type is known to the caller only
export async function readEntity<T>(tx: SqlExecutor, table: string, id: string, extraColumns = ''): Promise<(Record<string, unknown> & { document: T; version: number }) | undefined> {
  const [row] = await tx.query<Record<string, unknown> & { document: T; version: number }>(`SELECT document, version${extraColumns} FROM ${table} WHERE id = $1`, [id]);
  return row;
}

/** `undefined` becomes SQL NULL. */
export function orNull(value: string | undefined): string | null {
  return value ?? null;
}
