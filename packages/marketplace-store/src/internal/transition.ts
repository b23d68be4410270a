import { checkTransition, isMarketplaceError, type EntityKind, type StateMachine } from '@civicblocks/marketplace';
import type { SqlExecutor } from '../database/database.js';
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
  /** The object's status now, from its entity and the `statusColumns` of its row. */
  readonly status: (entity: T, row: Readonly<Record<string, unknown>>) => S;
  /** The guards' context, read in the same transaction. */
  readonly context: (tx: SqlExecutor, entity: T) => Promise<C>;
  /** The entity after the transition, and the columns to update with it. */
  readonly apply: (entity: T, to: S) => { readonly entity: T; readonly columns: Readonly<Record<string, unknown>> };
  /** Rows to insert in the same statement as the update (archives): table and column values. */
  readonly alsoInsert?: ((before: Stored<T, S>) => readonly { readonly table: string; readonly columns: Readonly<Record<string, unknown>> }[]) | undefined;
  /** Further writes in the same transaction, after the update (outcomes). */
  readonly after?: ((tx: SqlExecutor, before: Stored<T, S>, after: Stored<T, S>) => Promise<void>) | undefined;
  /** Extra data for the audit event. */
  readonly auditData?: Readonly<Record<string, unknown>>;
}

/**
 * Runs a transition inside `tx`: reads the object, checks the model's guards (nothing is written
 * when they refuse: `illegal_transition` with the guard's code), then writes with a conditional
 * UPDATE on the version read, so that of two concurrent transitions exactly one commits and the
 * other gets `concurrent_modification`; the audit event goes in the same transaction.
 */
export async function runTransition<T extends object, S extends string, A extends string, C>(tx: SqlExecutor, plan: TransitionPlan<T, S, A, C>): Promise<Stored<T, S>> {
  const location = { entity: plan.kind, id: plan.id };
  const extra = (plan.statusColumns ?? []).map((column) => `, ${column}`).join('');
  const [row] = await tx.query<{ document: T; version: number }>(`SELECT document, version${extra} FROM ${plan.table} WHERE id = $1`, [plan.id]);
  if (row === undefined) throw new StoreError('not_found', `No ${plan.kind} ${plan.id}`, location);
  const from = plan.status(row.document, row);
  if (plan.expectedVersion !== undefined && plan.expectedVersion !== row.version) {
    throw new StoreError('concurrent_modification', `The ${plan.kind} is at version ${row.version}, not ${plan.expectedVersion}`, location, { status: from });
  }
  const context = await plan.context(tx, row.document);
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
  // One statement: the conditional update, its audit event and any archive rows, so that a
  // transition costs one round trip to write whatever it writes.
  const params: unknown[] = [plan.id, row.version, next.entity];
  const param = (value: unknown): string => {
    params.push(value);
    return `$${params.length}`;
  };
  const assignments = Object.entries(next.columns).map(([name, value]) => `, ${name} = ${param(value)}`).join('');
  const audit = `INSERT INTO audit_events (at, actor_id, action, object_kind, object_id, from_status, to_status, data)
    SELECT ${param(plan.now)}, ${param(plan.actorId)}, ${param(`${plan.machine.name}.${plan.action}`)}, ${param(plan.kind)}, $1, ${param(from)}, ${param(check.to)},
      jsonb_build_object('version', updated.version) || ${param(JSON.stringify(plan.auditData ?? {}))}::text::jsonb FROM updated`;
  const extras = (plan.alsoInsert?.(before) ?? []).map((insert, index) => {
    const names = Object.keys(insert.columns);
    return `, extra_${index} AS (INSERT INTO ${insert.table} (${names.join(', ')}) SELECT ${names.map((name) => param(insert.columns[name])).join(', ')} FROM updated)`;
  });
  const updated = await tx
    .query<{ version: number }>(
      `WITH updated AS (UPDATE ${plan.table} SET document = $3, version = version + 1${assignments} WHERE id = $1 AND version = $2 RETURNING version),
       audit AS (${audit})${extras.join('')}
       SELECT version FROM updated`,
      params,
    )
    .catch((error: unknown) => rethrowConstraint(error, location));
  if (updated[0] === undefined) {
    throw new StoreError('concurrent_modification', `The ${plan.kind} changed while this ${plan.action} was being made`, location, { status: from });
  }
  const after: Stored<T, S> = { entity: next.entity, status: check.to, version: updated[0].version };
  if (plan.after !== undefined) await plan.after(tx, before, after).catch((error: unknown) => rethrowConstraint(error, location));
  return after;
}
