import type { EntityKind } from '@civicblocks/marketplace';
import type { SqlExecutor } from '../database/database.js';

/** One audit event to write in the transaction of the change it records. */
export interface AuditRecord {
  readonly at: string;
  readonly actorId: string | null;
  readonly action: string;
  readonly kind: EntityKind;
  readonly id: string;
  readonly fromStatus?: string | undefined;
  readonly toStatus?: string | undefined;
  readonly data: Readonly<Record<string, unknown>>;
}

export async function writeAudit(tx: SqlExecutor, record: AuditRecord): Promise<void> {
  await tx.query(
    'INSERT INTO audit_events (at, actor_id, action, object_kind, object_id, from_status, to_status, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [record.at, record.actorId, record.action, record.kind, record.id, record.fromStatus ?? null, record.toStatus ?? null, record.data],
  );
}
