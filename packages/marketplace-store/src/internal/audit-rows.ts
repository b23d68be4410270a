import type { AuditEvent, EntityKind } from '@civicblocks/marketplace';
import { isoMoment } from './moments.js';

/** The columns to select from `audit_events` for {@link toAuditEvent}. */
export const auditColumns = 'seq::text AS seq, at, actor_id, action, object_kind, object_id, from_status, to_status, data';

/**
 * The same columns as arguments of `json_build_object` over `audit_events a`, for audit rows
 * aggregated into JSON (`at` then arrives as ISO 8601 text).
 */
export const auditJsonColumns =
  "'seq', a.seq::text, 'at', a.at, 'actor_id', a.actor_id, 'action', a.action, 'object_kind', a.object_kind, 'object_id', a.object_id, 'from_status', a.from_status, 'to_status', a.to_status, 'data', a.data";

/** A row of `audit_events` as {@link auditColumns} or {@link auditJsonColumns} selects it. */
export interface AuditRow {
  readonly seq: string;
  readonly at: Date | string;
  readonly actor_id: string | null;
  readonly action: string;
  readonly object_kind: EntityKind;
  readonly object_id: string;
  readonly from_status: string | null;
  readonly to_status: string | null;
  readonly data: Record<string, unknown>;
}

/** The model's audit event of a stored row. */
export function toAuditEvent(row: AuditRow): AuditEvent {
  return {
    id: `audit-${row.seq}`,
    at: isoMoment(row.at),
    actorId: row.actor_id,
    action: row.action,
    object: { kind: row.object_kind, id: row.object_id },
    ...(row.from_status === null ? {} : { fromStatus: row.from_status }),
    ...(row.to_status === null ? {} : { toStatus: row.to_status }),
    data: row.data,
  };
}
