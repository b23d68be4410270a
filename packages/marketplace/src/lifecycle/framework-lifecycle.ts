import type { Framework, FrameworkMilestones } from '../entities/framework.js';
import type { GuardFailure, StateMachine } from './state-machine.js';

/**
 * Statuses of a framework: `coming → open → pending → standstill → live → expired`.
 *
 * @since 0.1.0
 */
export const frameworkStatuses = ['coming', 'open', 'pending', 'standstill', 'live', 'expired'] as const;

/**
 * Status of a framework.
 *
 * @since 0.1.0
 */
export type FrameworkStatus = (typeof frameworkStatuses)[number];

/**
 * Context of a framework transition: the milestones and the current moment.
 *
 * @since 0.1.0
 */
export interface FrameworkContext {
  /** The framework's milestones. */
  readonly milestones: FrameworkMilestones;
  /** The current moment, ISO 8601 UTC. */
  readonly now: string;
}

const reached =
  (milestone: keyof FrameworkMilestones) =>
  (context: FrameworkContext): GuardFailure | undefined =>
    Date.parse(context.now) >= Date.parse(context.milestones[milestone]) ? undefined : { code: 'milestones_out_of_order', message: `The framework's ${milestone} milestone (${context.milestones[milestone]}) has not been reached.` };

/**
 * Actions of the framework lifecycle.
 *
 * @since 0.1.0
 */
export type FrameworkAction = 'openApplications' | 'closeApplications' | 'announceResults' | 'goLive' | 'expire';

/**
 * The framework lifecycle. Each step is allowed once its milestone is reached, which is how
 * {@link frameworkStatusAt} derives the status.
 *
 * @since 0.1.0
 */
export const frameworkMachine: StateMachine<FrameworkStatus, FrameworkAction, FrameworkContext> = {
  name: 'framework',
  states: frameworkStatuses,
  transitions: {
    openApplications: { from: ['coming'], to: 'open', guards: [reached('applicationsOpenAt')] },
    closeApplications: { from: ['open'], to: 'pending', guards: [reached('applicationsCloseAt')] },
    announceResults: { from: ['pending'], to: 'standstill', guards: [reached('intentionToAwardAt')] },
    goLive: { from: ['standstill'], to: 'live', guards: [reached('liveAt')] },
    expire: { from: ['live'], to: 'expired', guards: [reached('expiresAt')] },
  },
};

/**
 * A framework's status at `now`, derived from its milestones: before `applicationsOpenAt` it is
 * coming, then open until `applicationsCloseAt`, pending until `intentionToAwardAt`, standstill
 * until `liveAt`, live until `expiresAt`, then expired. Each milestone belongs to the status it
 * starts.
 *
 * @example
 * ```ts
 * import { frameworkStatusAt } from '@civicblocks/marketplace';
 *
 * const milestones = {
 *   applicationsOpenAt: '2026-01-05T09:00:00Z', clarificationsCloseAt: '2026-01-19T17:00:00Z',
 *   clarificationsPublishAt: '2026-01-26T17:00:00Z', applicationsCloseAt: '2026-02-02T17:00:00Z',
 *   intentionToAwardAt: '2026-03-02T09:00:00Z', liveAt: '2026-03-16T09:00:00Z', expiresAt: '2028-03-16T09:00:00Z',
 * };
 * frameworkStatusAt({ milestones }, '2026-02-02T17:00:00Z'); // 'pending'
 * ```
 * @since 0.1.0
 */
export function frameworkStatusAt(framework: Pick<Framework, 'milestones'>, now: string): FrameworkStatus {
  const at = Date.parse(now);
  const m = framework.milestones;
  if (at < Date.parse(m.applicationsOpenAt)) return 'coming';
  if (at < Date.parse(m.applicationsCloseAt)) return 'open';
  if (at < Date.parse(m.intentionToAwardAt)) return 'pending';
  if (at < Date.parse(m.liveAt)) return 'standstill';
  if (at < Date.parse(m.expiresAt)) return 'live';
  return 'expired';
}

/**
 * Whether clarification questions on the framework are accepted at `now`: while coming, open or
 * pending, and before `clarificationsCloseAt`.
 *
 * @since 0.1.0
 */
export function clarificationsOpenAt(framework: Pick<Framework, 'milestones'>, now: string): boolean {
  const status = frameworkStatusAt(framework, now);
  return (status === 'coming' || status === 'open' || status === 'pending') && Date.parse(now) < Date.parse(framework.milestones.clarificationsCloseAt);
}

/**
 * Checks the rules the schema cannot: milestones in order and at least one award route.
 * Returns the failures (empty when the framework is consistent).
 *
 * @since 0.1.0
 */
export function checkFramework(framework: Pick<Framework, 'milestones' | 'hasDirectAward' | 'hasFurtherCompetition'>): GuardFailure[] {
  const failures: GuardFailure[] = [];
  const m = framework.milestones;
  const order: (keyof FrameworkMilestones)[] = ['applicationsOpenAt', 'clarificationsCloseAt', 'applicationsCloseAt', 'intentionToAwardAt', 'liveAt', 'expiresAt'];
  for (let index = 1; index < order.length; index += 1) {
    const before = order[index - 1] as keyof FrameworkMilestones;
    const after = order[index] as keyof FrameworkMilestones;
    if (Date.parse(m[before]) > Date.parse(m[after])) failures.push({ code: 'milestones_out_of_order', message: `${before} (${m[before]}) is after ${after} (${m[after]}).` });
  }
  if (Date.parse(m.clarificationsPublishAt) < Date.parse(m.clarificationsCloseAt) || Date.parse(m.clarificationsPublishAt) > Date.parse(m.applicationsCloseAt)) {
    failures.push({ code: 'milestones_out_of_order', message: 'clarificationsPublishAt must fall between clarificationsCloseAt and applicationsCloseAt.' });
  }
  if (!framework.hasDirectAward && !framework.hasFurtherCompetition) failures.push({ code: 'framework_needs_award_route', message: 'The framework has neither direct award nor further competition.' });
  return failures;
}
