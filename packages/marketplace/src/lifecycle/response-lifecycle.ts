import type { Money } from '../money/money.js';
import { compareMoney } from '../money/money.js';
import type { Finding } from '../entities/entity.js';
import type { OpportunityStatus } from '../entities/opportunity.js';
import type { ResponseStatus } from '../entities/response.js';
import type { Service } from '../entities/service.js';
import { contentComplete } from './application-lifecycle.js';
import type { FrameworkStatus } from './framework-lifecycle.js';
import type { GuardFailure, StateMachine } from './state-machine.js';

/**
 * Context of a response transition.
 *
 * @since 0.1.0
 */
export interface ResponseContext {
  /** The opportunity's status now. */
  readonly opportunityStatus: OpportunityStatus;
  /** The opportunity's framework and lot. */
  readonly opportunity: {
    /** The opportunity's framework. */
    readonly frameworkId: string;
    /** The opportunity's lot. */
    readonly lotSlug: string;
  };
  /** The framework's status now. */
  readonly frameworkStatus: FrameworkStatus;
  /** The service the supplier responds with. */
  readonly service: Pick<Service, 'status' | 'frameworkId' | 'lotSlug' | 'price'>;
  /** The price quoted, if any. */
  readonly price?: Money;
  /** Findings of the response content validated in full. */
  readonly contentFindings: readonly Finding[];
  /** How many other responses to the opportunity are pending award or awarded. */
  readonly otherAwards: number;
}

const opportunityLive = (context: ResponseContext): GuardFailure | undefined =>
  context.opportunityStatus === 'live' ? undefined : { code: 'not_live', message: `The opportunity is ${context.opportunityStatus}, not live.` };
const opportunityClosed = (context: ResponseContext): GuardFailure | undefined =>
  context.opportunityStatus === 'closed' ? undefined : { code: 'not_closed', message: `The opportunity is ${context.opportunityStatus}, not closed.` };
const frameworkLiveOrExpired = (context: ResponseContext): GuardFailure | undefined =>
  context.frameworkStatus === 'live' || context.frameworkStatus === 'expired' ? undefined : { code: 'framework_not_live_or_expired', message: `The framework is ${context.frameworkStatus}.` };
const servicePublished = (context: ResponseContext): GuardFailure | undefined =>
  context.service.status === 'published' ? undefined : { code: 'service_not_published', message: `The service is ${context.service.status}, not published.` };
const serviceOnLot = (context: ResponseContext): GuardFailure | undefined =>
  context.service.frameworkId === context.opportunity.frameworkId && context.service.lotSlug === context.opportunity.lotSlug
    ? undefined
    : { code: 'service_wrong_lot', message: `The service is on ${context.service.frameworkId}/${context.service.lotSlug}, the opportunity on ${context.opportunity.frameworkId}/${context.opportunity.lotSlug}.` };
const withinServicePrice = (context: ResponseContext): GuardFailure | undefined => {
  const maximum = context.service.price.maximum;
  if (context.price === undefined || maximum === undefined) return undefined;
  if (context.price.currency !== maximum.currency || compareMoney(context.price, maximum) > 0) {
    return { code: 'price_above_service_maximum', message: `The price ${context.price.amount} ${context.price.currency} is above the service maximum ${maximum.amount} ${maximum.currency}.` };
  }
  return undefined;
};
const noOtherAward = (context: ResponseContext): GuardFailure | undefined =>
  context.otherAwards === 0 ? undefined : { code: 'already_awarded', message: 'Another response is already pending award or awarded.' };

/**
 * Actions of the response lifecycle.
 *
 * @since 0.1.0
 */
export type ResponseAction = 'submit' | 'markPendingAward' | 'cancelPendingAward' | 'award';

/**
 * The response lifecycle: `draft → submitted → pending-award → awarded`, with the pending
 * award cancellable. At most one response per opportunity is pending award or awarded.
 *
 * @since 0.1.0
 */
export const responseMachine: StateMachine<ResponseStatus, ResponseAction, ResponseContext> = {
  name: 'response',
  states: ['draft', 'submitted', 'pending-award', 'awarded'],
  transitions: {
    submit: { from: ['draft'], to: 'submitted', guards: [opportunityLive, frameworkLiveOrExpired, servicePublished, serviceOnLot, withinServicePrice, contentComplete] },
    markPendingAward: { from: ['submitted'], to: 'pending-award', guards: [opportunityClosed, noOtherAward] },
    cancelPendingAward: { from: ['pending-award'], to: 'submitted', guards: [opportunityClosed] },
    award: { from: ['pending-award'], to: 'awarded', guards: [opportunityClosed, noOtherAward] },
  },
};
