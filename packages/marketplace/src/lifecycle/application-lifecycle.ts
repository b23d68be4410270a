import type { ApplicationResult, DeclarationStatus } from '../entities/application.js';
import type { Finding } from '../entities/entity.js';
import type { FrameworkStatus } from './framework-lifecycle.js';
import type { GuardFailure, StateMachine } from './state-machine.js';

/**
 * Context of a declaration transition.
 *
 * @since 0.1.0
 */
export interface DeclarationContext {
  /** The framework's status now. */
  readonly frameworkStatus: FrameworkStatus;
  /** Findings of the declaration content validated in full (not as a draft). */
  readonly contentFindings: readonly Finding[];
}

/**
 * A guard that passes while the framework is open.
 *
 * @since 0.1.0
 */
export function frameworkOpen(context: { readonly frameworkStatus: FrameworkStatus }): GuardFailure | undefined {
  return context.frameworkStatus === 'open' ? undefined : { code: 'framework_not_open', message: `The framework is ${context.frameworkStatus}, not open.` };
}

/**
 * A guard that passes when a content validation found nothing.
 *
 * @since 0.1.0
 */
export function contentComplete(context: { readonly contentFindings: readonly Finding[] }): GuardFailure | undefined {
  const [first] = context.contentFindings;
  return first === undefined ? undefined : { code: first.code === 'invalid_entity' ? 'answer_required' : (first.code as GuardFailure['code']), message: `${first.path}: ${first.message}` };
}

/**
 * Actions of the declaration lifecycle.
 *
 * @since 0.1.0
 */
export type DeclarationAction = 'start' | 'complete' | 'reopen';

/**
 * The declaration lifecycle: `unstarted → started → complete`, reopened while the framework is
 * open.
 *
 * @since 0.1.0
 */
export const declarationMachine: StateMachine<DeclarationStatus, DeclarationAction, DeclarationContext> = {
  name: 'declaration',
  states: ['unstarted', 'started', 'complete'],
  transitions: {
    start: { from: ['unstarted'], to: 'started', guards: [frameworkOpen] },
    complete: { from: ['started'], to: 'complete', guards: [frameworkOpen, contentComplete] },
    reopen: { from: ['complete'], to: 'started', guards: [frameworkOpen] },
  },
};

/**
 * Context of an application result.
 *
 * @since 0.1.0
 */
export interface ApplicationContext {
  /** The framework's status now. */
  readonly frameworkStatus: FrameworkStatus;
  /** The declaration's status. */
  readonly declarationStatus: DeclarationStatus;
  /** How many of the supplier's draft services on the framework are submitted. */
  readonly submittedServices: number;
}

const applicationsClosed = (context: ApplicationContext): GuardFailure | undefined =>
  context.frameworkStatus === 'coming' || context.frameworkStatus === 'open' ? { code: 'framework_not_closed', message: `The framework is ${context.frameworkStatus}: results come after applications close.` } : undefined;
const declarationComplete = (context: ApplicationContext): GuardFailure | undefined =>
  context.declarationStatus === 'complete' ? undefined : { code: 'declaration_incomplete', message: `The declaration is ${context.declarationStatus}.` };
const hasSubmittedServices = (context: ApplicationContext): GuardFailure | undefined =>
  context.submittedServices > 0 ? undefined : { code: 'no_submitted_services', message: 'The supplier submitted no services.' };

/**
 * Actions of the application result lifecycle.
 *
 * @since 0.1.0
 */
export type ApplicationAction = 'pass' | 'fail';

/**
 * The application result lifecycle: `pending → pass | fail` once applications close. A pass
 * needs a complete declaration and at least one submitted service.
 *
 * @since 0.1.0
 */
export const applicationMachine: StateMachine<ApplicationResult, ApplicationAction, ApplicationContext> = {
  name: 'application',
  states: ['pending', 'pass', 'fail'],
  transitions: {
    pass: { from: ['pending'], to: 'pass', guards: [applicationsClosed, declarationComplete, hasSubmittedServices] },
    fail: { from: ['pending'], to: 'fail', guards: [applicationsClosed] },
  },
};
