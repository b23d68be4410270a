import { checkTransition, isMarketplaceError, type EntityKind, type StateMachine } from '@civicblocks/marketplace';
import type { Database, SqlExecutor } from '../database/database.js';
import { StoreError } from '../errors/store-error.js';
import type { Stored } from '../store/stored.js';
import { rethrowConstraint } from './database-errors.js';

/** How to move one stored object through its model state machine. */
export interface TransitionPlan<T extends object, S extends string, A extends string, C> {
  readonly kind: EntityKind;
  readonly table: string;
  readonly machine: StateMachine<S, A, C>;
  readonly id: string;
  readonly action: A;
  readonly now: string;
  readonly actorId: string | null;
  readonly expectedVersion?: number | undefined;
  /** Columns besides `document` and `version` that `status` needs. */
  readonly statusColumns?: readonly string[];
  /**
   * A statement that reads the object and what its guards need in one round trip: `$1` is the
   * id; it selects `document`, `version`, the `statusColumns` and anything `context` reads from
   * the row. Default: the object's own row.
   */
  readonly read?: string | undefined;
  /** The object's status now, from its entity and the `statusColumns` of its row. */
  readonly status: (entity: T, row: Readonly<Record<string, unknown>>) => S;
  /** The guards' context: from the row `read` selected, or read with `reader`. */
  readonly context: (reader: SqlExecutor, entity: T, row: Readonly<Record<string, unknown>>) => Promise<C>;
  /** The entity after the transition, and the columns to update with it. */
  readonly apply: (entity: T, to: S) => { readonly entity: T; readonly columns: Readonly<Record<string, unknown>> };
  /**
   * Rows to insert in the same statement as the update (archives): table and column values. A
   * value {@link SqlExpression} is an SQL expression over `old`, the row before the update.
   */
  readonly alsoInsert?: ((before: Stored<T, S>) => readonly { readonly table: string; readonly columns: Readonly<Record<string, unknown>> }[]) | undefined;
  /** Further writes in the same transaction, after the update (outcomes). */
  readonly after?: ((tx: SqlExecutor, before: Stored<T, S>, after: Stored<T, S>) => Promise<void>) | undefined;
  /** Extra data for the audit event. */
  readonly auditData?: Readonly<Record<string, unknown>>;
}

/**
 * An SQL expression as a column value of {@link TransitionPlan.alsoInsert}: its `?` placeholders
 * take `values` in order, as parameters.
 */
export class SqlExpression {
  constructor(
    readonly sql: string,
    readonly values: readonly unknown[] = [],
  ) {}
}

/**
 * Runs a transition: reads the object, checks the model's guards (nothing is written when they
 * refuse: `illegal_transition` with the guard's code), then writes with one statement, a
 * conditional UPDATE on the version read that also inserts the audit event (and any archive
 * row), so that of two concurrent transitions exactly one commits and the other gets
 * `concurrent_modification`. One statement is atomic on its own: a transition without further
 * writes costs two round trips (read, write) and no BEGIN or COMMIT; one with `after` runs in a
 * transaction.
 */
export async function runTransition<T extends object, S extends string, A extends string, C>(database: Database, plan: TransitionPlan<T, S, A, C>): Promise<Stored<T, S>> {
  if (plan.after !== undefined) return database.transaction((tx) => transitionWith(tx, plan));
  return transitionWith(database, plan);
}

async function transitionWith<T extends object, S extends string, A extends string, C>(executor: SqlExecutor, plan: TransitionPlan<T, S, A, C>): Promise<Stored<T, S>> {
  const location = { entity: plan.kind, id: plan.id };
  const extra = (plan.statusColumns ?? []).map((column) => `, ${column}`).join('');
  const [row] = await executor.query<{ document: T; version: number }>(plan.read ?? `SELECT document, version${extra} FROM ${plan.table} WHERE id = $1`, [plan.id]);
  if (row === undefined) throw new StoreError('not_found', `No ${plan.kind} ${plan.id}`, location);
  const from = plan.status(row.document, row);
  if (plan.expectedVersion !== undefined && plan.expectedVersion !== row.version) {
    throw new StoreError('concurrent_modification', `The ${plan.kind} is at version ${row.version}, not ${plan.expectedVersion}`, location, { status: from });
  }
  const context = await plan.context(executor, row.document, row);
  const check = checkTransition(plan.machine, from, plan.action, context);
  if (!check.ok) {
    throw new StoreError('illegal_transition', check.error.message, location, { guardCode: check.error.code, status: from }, { cause: check.error });
  }
  let next: { readonly entity: T; readonly columns: Readonly<Record<string, unknown>> };
  try {
    next = plan.apply(row.document, check.to);
  } catch (error) {
    if (isMarketplaceError(error)) throw new StoreError('illegal_transition', error.message, location, { guardCode: error.code, status: from }, { cause: error });
    throw error;
  }
  const before: Stored<T, S> = { entity: row.document, status: from, version: row.version };
  // The document as a patch of its top-level keys: the version condition guarantees the stored
  // document is the one read, and `apply` copies what it keeps, so unchanged keys are the same
  // values and only what changed travels (the `data` bag of a service is most of its size).
  const { patch, removed } = documentPatch(row.document, next.entity);
  const params: unknown[] = [plan.id, row.version, patch];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const document = removed.length === 0 ? 'document || $3::jsonb' : `(document - ${param(removed)}::text[]) || $3::jsonb`;
  const assignments = Object.entries(next.columns).map(([name, value]) => `, ${name} = ${param(value)}`).join('');
  const audit = `INSERT INTO audit_events (at, actor_id, action, object_kind, object_id, from_status, to_status, data)
    SELECT ${param(plan.now)}, ${param(plan.actorId)}, ${param(`${plan.machine.name}.${plan.action}`)}, ${param(plan.kind)}, $1, ${param(from)}, ${param(check.to)},
      jsonb_build_object('version', updated.version) || ${param(JSON.stringify(plan.auditData ?? {}))}::text::jsonb FROM updated`;
  const inserts = plan.alsoInsert?.(before) ?? [];
  const extras = inserts.map((insert, index) => {
    const names = Object.keys(insert.columns);
    const values = names.map((name) => {
      const value = insert.columns[name];
      if (!(value instanceof SqlExpression)) return param(value);
      let index = 0;
      return value.sql.replace(/\?/g, () => param(value.values[index++]));
    });
    return `, extra_${index} AS (INSERT INTO ${insert.table} (${names.join(', ')}) SELECT ${values.join(', ')} FROM updated, old)`;
  });
  // `old` reads the row in the statement's snapshot, before the update; an insert joins it only
  // when the update happened, and the version condition makes it the row that was read.
  const old = inserts.length === 0 ? '' : `, old AS (SELECT document FROM ${plan.table} WHERE id = $1 AND version = $2)`;
  const updated = await executor
    .query<{ version: number }>(
      `WITH updated AS (UPDATE ${plan.table} SET document = ${document}, version = version + 1${assignments} WHERE id = $1 AND version = $2 RETURNING version),
       audit AS (${audit})${old}${extras.join('')}
       SELECT version FROM updated`,
      params,
    )
    .catch((error: unknown) => rethrowConstraint(error, location));
  if (updated[0] === undefined) {
    throw new StoreError('concurrent_modification', `The ${plan.kind} changed while this ${plan.action} was being made`, location, { status: from });
  }
  const after: Stored<T, S> = { entity: next.entity, status: check.to, version: updated[0].version };
  if (plan.after !== undefined) await plan.after(executor, before, after).catch((error: unknown) => rethrowConstraint(error, location));
  return after;
}

/** The top-level keys whose values changed or appeared, and those that disappeared. */
function documentPatch(before: object, after: object): { patch: Record<string, unknown>; removed: string[] } {
  const patch: Record<string, unknown> = {};
  const old = before as Record<string, unknown>;
  const now = after as Record<string, unknown>;
  for (const key of Object.keys(now)) {
    if (now[key] !== old[key] && now[key] !== undefined) patch[key] = now[key];
  }
  const removed = Object.keys(old).filter((key) => now[key] === undefined && old[key] !== undefined);
  return { patch, removed };
}
