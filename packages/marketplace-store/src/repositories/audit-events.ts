import type { AuditEvent, EntityKind } from '@civicblocks/marketplace';
import { isoMoment } from '../internal/moments.js';
import type { StoreContext } from '../store/store-context.js';

/**
 * The audit trail: who did what to which object, when, with which data. Written in the same
 * transaction as each change, never updated or deleted.
 *
 * @since 0.1.0
 */
export class AuditEventRepository {
  readonly #context: StoreContext;

  /** @internal */
  constructor(context: StoreContext) {
    this.#context = context;
  }

  /** The events about one object, oldest first, as the model's `AuditEvent`. */
  async forObject(kind: EntityKind, id: string): Promise<AuditEvent[]> {
    const rows = await this.#context.database.query<AuditRow>(
      'SELECT seq::text AS seq, at, actor_id, action, object_kind, object_id, from_status, to_status, data FROM audit_events WHERE object_kind = $1 AND object_id = $2 ORDER BY seq',
      [kind, id],
    );
    return rows.map(toAuditEvent);
  }

  /** How many events the trail holds. */
  async count(): Promise<number> {
    const [row] = await this.#context.database.query<{ count: number }>('SELECT count(*)::int AS count FROM audit_events');
    return row?.count ?? 0;
  }
}

interface AuditRow {
  readonly seq: string;
  readonly at: Date;
  readonly actor_id: string | null;
  readonly action: string;
  readonly object_kind: EntityKind;
  readonly object_id: string;
  readonly from_status: string | null;
  readonly to_status: string | null;
  readonly data: Record<string, unknown>;
}

function toAuditEvent(row: AuditRow): AuditEvent {
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
