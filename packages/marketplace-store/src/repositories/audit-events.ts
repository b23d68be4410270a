import type { AuditEvent, EntityKind } from '@civicblocks/marketplace';
import { auditColumns, toAuditEvent, type AuditRow } from '../internal/audit-rows.js';
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
      `SELECT ${auditColumns} FROM audit_events WHERE object_kind = $1 AND object_id = $2 ORDER BY seq`,
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
