import type { MarketplaceErrorCode } from '../errors/catalogue.js';
import { MarketplaceError } from '../errors/marketplace-error.js';

/**
 * Why a guard refused a transition: a stable code and the specifics.
 *
 * @since 0.1.0
 */
export interface GuardFailure {
  /** Stable code from the error catalogue, for example `not_live`. */
  readonly code: MarketplaceErrorCode;
  /** What is wrong, in words. */
  readonly message: string;
}

/**
 * A pure check on a transition's context: `undefined` when it passes.
 *
 * @since 0.1.0
 */
export type Guard<C> = (context: C) => GuardFailure | undefined;

/**
 * One row of a transition table: the statuses an action starts from, the status it leads to and
 * the guards that must all pass.
 *
 * @since 0.1.0
 */
export interface Transition<S extends string, C> {
  /** Statuses the action is allowed from. */
  readonly from: readonly S[];
  /** Status after the action. */
  readonly to: S;
  /** Checks on the context, run in order; the first failure stops the transition. */
  readonly guards: readonly Guard<C>[];
}

/**
 * A lifecycle as data: its statuses and its transition table, keyed by action.
 *
 * @since 0.1.0
 */
export interface StateMachine<S extends string, A extends string, C> {
  /** Name of the machine, the prefix of audit actions (`opportunity.publish`). */
  readonly name: string;
  /** Every status. */
  readonly states: readonly S[];
  /** The transition table. */
  readonly transitions: Readonly<Record<A, Transition<S, C>>>;
}

/**
 * The result of checking a transition without making it.
 *
 * @since 0.1.0
 */
export type TransitionCheck<S extends string> =
  | {
      /** The transition is allowed. */
      readonly ok: true;
      /** Status after the transition. */
      readonly to: S;
    }
  | {
      /** The transition is refused. */
      readonly ok: false;
      /** Why: `illegal_transition` or the failing guard's code. */
      readonly error: MarketplaceError;
    };

/**
 * Status type of a machine.
 *
 * @since 0.1.0
 */
export type StateOf<M> = M extends StateMachine<infer S, string, never> ? S : never;

/**
 * Action type of a machine.
 *
 * @since 0.1.0
 */
export type ActionOf<M> = M extends StateMachine<string, infer A, never> ? A : never;

/**
 * Checks whether `action` may move an object in status `from`: `illegal_transition` when the
 * table has no such row, the first failing guard's code otherwise. Pure: nothing is written.
 *
 * @since 0.1.0
 */
export function checkTransition<S extends string, A extends string, C>(machine: StateMachine<S, A, C>, from: NoInfer<S>, action: NoInfer<A>, context: NoInfer<C>): TransitionCheck<S> {
  const transition = (machine.transitions as Partial<Record<string, Transition<S, C>>>)[action];
  if (transition === undefined || !transition.from.includes(from)) {
    return {
      ok: false,
      error: new MarketplaceError('illegal_transition', `Cannot ${action} a ${machine.name} that is ${from}.`, { entity: machine.name }, { machine: machine.name, from, action }),
    };
  }
  for (const guard of transition.guards) {
    const failure = guard(context);
    if (failure !== undefined) {
      return { ok: false, error: new MarketplaceError(failure.code, failure.message, { entity: machine.name }, { machine: machine.name, from, action }) };
    }
  }
  return { ok: true, to: transition.to };
}

/**
 * Makes a transition: returns the new status, or throws the {@link MarketplaceError} that
 * {@link checkTransition} reports.
 *
 * @example
 * ```ts
 * import { applyTransition, agreementMachine } from '@civicblocks/marketplace';
 *
 * applyTransition(agreementMachine, 'signed', 'approve', { applicationResult: 'pass' }); // 'approved'
 * ```
 * @since 0.1.0
 */
export function applyTransition<S extends string, A extends string, C>(machine: StateMachine<S, A, C>, from: NoInfer<S>, action: NoInfer<A>, context: NoInfer<C>): S {
  const check = checkTransition(machine, from, action, context);
  if (!check.ok) throw check.error;
  return check.to;
}

/**
 * The actions allowed from `from` whose guards pass for `context`, in table order.
 *
 * @since 0.1.0
 */
export function availableActions<S extends string, A extends string, C>(machine: StateMachine<S, A, C>, from: NoInfer<S>, context: NoInfer<C>): A[] {
  return (Object.keys(machine.transitions) as A[]).filter((action) => checkTransition(machine, from, action, context).ok);
}

/**
 * Every action of a machine.
 *
 * @since 0.1.0
 */
export function actionsOf<S extends string, A extends string, C>(machine: StateMachine<S, A, C>): A[] {
  return Object.keys(machine.transitions) as A[];
}
