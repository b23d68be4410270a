import type { Finding } from '../entities/entity.js';
import type { Lot } from '../entities/lot.js';
import type { Opportunity, OpportunityStatus } from '../entities/opportunity.js';
import type { Outcome } from '../entities/outcome.js';
import { contentComplete } from './application-lifecycle.js';
import type { FrameworkStatus } from './framework-lifecycle.js';
import type { GuardFailure, StateMachine } from './state-machine.js';

/**
 * Context of an opportunity transition.
 *
 * @since 0.1.0
 */
export interface OpportunityContext {
  /** The framework's status now. */
  readonly frameworkStatus: FrameworkStatus;
  /** The opportunity's lot. */
  readonly lot: Pick<Lot, 'slug' | 'allowsOpportunities'>;
  /** Findings of the opportunity content validated in full. */
  readonly contentFindings: readonly Finding[];
  /** The current moment, ISO 8601 UTC. */
  readonly now: string;
  /** When the opportunity closes (set on publication). */
  readonly closesAt?: string;
  /** How many of its responses are awarded. */
  readonly awardedResponses: number;
}

const frameworkLive = (context: OpportunityContext): GuardFailure | undefined =>
  context.frameworkStatus === 'live' ? undefined : { code: 'framework_not_live', message: `The framework is ${context.frameworkStatus}, not live.` };
const lotTakesOpportunities = (context: OpportunityContext): GuardFailure | undefined =>
  context.lot.allowsOpportunities ? undefined : { code: 'lot_takes_no_opportunities', message: `The lot ${context.lot.slug} takes no opportunities.` };
const closingReached = (context: OpportunityContext): GuardFailure | undefined =>
  context.closesAt !== undefined && Date.parse(context.now) >= Date.parse(context.closesAt) ? undefined : { code: 'not_closed', message: `The opportunity closes at ${context.closesAt ?? '(not published)'}.` };
const beforeClosing = (context: OpportunityContext): GuardFailure | undefined =>
  context.closesAt === undefined || Date.parse(context.now) < Date.parse(context.closesAt) ? undefined : { code: 'not_live', message: `The opportunity closed at ${context.closesAt}.` };
const oneAwardedResponse = (context: OpportunityContext): GuardFailure | undefined =>
  context.awardedResponses === 1 ? undefined : { code: 'award_details_required', message: `An awarded opportunity has exactly one awarded response, not ${context.awardedResponses}.` };
const noAwardedResponse = (context: OpportunityContext): GuardFailure | undefined =>
  context.awardedResponses === 0 ? undefined : { code: 'already_awarded', message: 'A response is already awarded.' };

/**
 * Actions of the opportunity lifecycle.
 *
 * @since 0.1.0
 */
export type OpportunityAction = 'publish' | 'withdraw' | 'close' | 'award' | 'cancel' | 'markUnsuccessful';

/**
 * The opportunity lifecycle: `draft → live → closed → awarded | cancelled | unsuccessful`, or
 * `live → withdrawn`. Publication needs a live framework, a lot that takes opportunities and
 * complete content.
 *
 * @since 0.1.0
 */
export const opportunityMachine: StateMachine<OpportunityStatus, OpportunityAction, OpportunityContext> = {
  name: 'opportunity',
  states: ['draft', 'live', 'closed', 'awarded', 'cancelled', 'unsuccessful', 'withdrawn'],
  transitions: {
    publish: { from: ['draft'], to: 'live', guards: [frameworkLive, lotTakesOpportunities, contentComplete] },
    withdraw: { from: ['live'], to: 'withdrawn', guards: [beforeClosing] },
    close: { from: ['live'], to: 'closed', guards: [closingReached] },
    award: { from: ['closed'], to: 'awarded', guards: [oneAwardedResponse] },
    cancel: { from: ['closed'], to: 'cancelled', guards: [noAwardedResponse] },
    markUnsuccessful: { from: ['closed'], to: 'unsuccessful', guards: [noAwardedResponse] },
  },
};

/**
 * An opportunity's status at `now`, derived as the source systems do: withdrawn once
 * `withdrawnAt` is set; draft until published; live until `closesAt` (exclusive); then the
 * completed outcome decides (awarded, cancelled, or unsuccessful for none-suitable), and closed
 * without one.
 *
 * @since 0.1.0
 */
export function opportunityStatusAt(opportunity: Pick<Opportunity, 'publishedAt' | 'closesAt' | 'withdrawnAt'>, now: string, outcome?: Pick<Outcome, 'result' | 'completed'>): OpportunityStatus {
  if (opportunity.withdrawnAt !== undefined && Date.parse(opportunity.withdrawnAt) <= Date.parse(now)) return 'withdrawn';
  if (opportunity.publishedAt === undefined || Date.parse(opportunity.publishedAt) > Date.parse(now)) return 'draft';
  if (opportunity.closesAt === undefined || Date.parse(now) < Date.parse(opportunity.closesAt)) return 'live';
  if (outcome?.completed === true) return outcome.result === 'awarded' ? 'awarded' : outcome.result === 'cancelled' ? 'cancelled' : 'unsuccessful';
  return 'closed';
}

/**
 * A guard for clarification questions and answers: only while the opportunity is live.
 *
 * @since 0.1.0
 */
export function questionsAllowed(status: OpportunityStatus): GuardFailure | undefined {
  return status === 'live' ? undefined : { code: 'not_live', message: `Questions are taken only while the opportunity is live, and it is ${status}.` };
}
