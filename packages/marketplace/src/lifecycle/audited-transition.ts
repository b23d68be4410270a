import type { AuditEvent, EntityKind } from '../entities/audit-event.js';
import { applyTransition, type StateMachine } from './state-machine.js';

/**
 * Who makes a transition, on what, and when: what an audit event needs besides the transition.
 *
 * @since 0.1.0
 */
export interface AuditContext {
  /** Identifier of the audit event to write. */
  readonly eventId: string;
  /** The object moved. */
  readonly object: {
    /** Its kind. */
    readonly kind: EntityKind;
    /** Its identifier. */
    readonly id: string;
  };
  /** The user acting, or null for the system. */
  readonly actorId: string | null;
  /** When (ISO 8601 UTC). */
  readonly at: string;
  /** Data to record with the event. */
  readonly data?: Readonly<Record<string, unknown>>;
}

/**
 * A transition made, with its audit event.
 *
 * @since 0.1.0
 */
export interface AuditedTransition<S extends string> {
  /** The new status. */
  readonly to: S;
  /** The audit event to write with it. */
  readonly event: AuditEvent;
}

/**
 * Makes a transition and returns the new status with its audit event (`action` is
 * `<machine>.<action>`), so that a store can write both in one transaction. Throws like
 * `applyTransition`, before anything is produced, when the transition is illegal.
 *
 * @example
 * ```ts
 * import { agreementMachine, auditedTransition } from '@civicblocks/marketplace';
 *
 * const { to, event } = auditedTransition(agreementMachine, 'signed', 'approve', { applicationResult: 'pass' }, {
 *   eventId: 'ev-1', object: { kind: 'agreement', id: 'agr-1' }, actorId: 'user-7', at: '2026-03-10T09:00:00Z',
 * });
 * // to === 'approved', event.action === 'agreement.approve'
 * ```
 * @since 0.1.0
 */
export function auditedTransition<S extends string, A extends string, C>(machine: StateMachine<S, A, C>, from: NoInfer<S>, action: NoInfer<A>, context: NoInfer<C>, audit: AuditContext): AuditedTransition<S> {
  const to = applyTransition(machine, from, action, context);
  return {
    to,
    event: { id: audit.eventId, at: audit.at, actorId: audit.actorId, action: `${machine.name}.${action}`, object: { kind: audit.object.kind, id: audit.object.id }, fromStatus: from, toStatus: to, data: { ...(audit.data ?? {}) } },
  };
}
