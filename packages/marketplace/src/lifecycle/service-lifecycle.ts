import type { ApplicationResult } from '../entities/application.js';
import type { Finding } from '../entities/entity.js';
import type { ServiceStatus } from '../entities/service.js';
import { contentComplete, frameworkOpen } from './application-lifecycle.js';
import type { FrameworkStatus } from './framework-lifecycle.js';
import type { GuardFailure, StateMachine } from './state-machine.js';

/**
 * Context of a service transition.
 *
 * @since 0.1.0
 */
export interface ServiceContext {
  /** The framework's status now. */
  readonly frameworkStatus: FrameworkStatus;
  /** Findings of the service content validated in full (not as a draft). */
  readonly contentFindings: readonly Finding[];
  /** The result of the supplier's application to the framework. */
  readonly applicationResult: ApplicationResult;
}

const frameworkLiveOrStandstill = (context: ServiceContext): GuardFailure | undefined =>
  context.frameworkStatus === 'live' || context.frameworkStatus === 'standstill' ? undefined : { code: 'framework_not_live', message: `The framework is ${context.frameworkStatus}: services are published at standstill or when live.` };
const applicationPassed = (context: ServiceContext): GuardFailure | undefined =>
  context.applicationResult === 'pass' ? undefined : { code: 'application_not_passed', message: `The application's result is ${context.applicationResult}.` };

/**
 * Actions of the service lifecycle.
 *
 * @since 0.1.0
 */
export type ServiceAction = 'submit' | 'unsubmit' | 'publish' | 'hide' | 'show' | 'disable' | 'enable';

/**
 * The service lifecycle: drafts `not-submitted ⇄ submitted` while the framework is open, then
 * `submitted → published` for suppliers who passed; published services are hidden by the
 * supplier (`enabled`), shown again, or disabled and re-enabled by an administrator.
 *
 * @since 0.1.0
 */
export const serviceMachine: StateMachine<ServiceStatus, ServiceAction, ServiceContext> = {
  name: 'service',
  states: ['not-submitted', 'submitted', 'published', 'enabled', 'disabled'],
  transitions: {
    submit: { from: ['not-submitted'], to: 'submitted', guards: [frameworkOpen, contentComplete] },
    unsubmit: { from: ['submitted'], to: 'not-submitted', guards: [frameworkOpen] },
    publish: { from: ['submitted'], to: 'published', guards: [frameworkLiveOrStandstill, applicationPassed, contentComplete] },
    hide: { from: ['published'], to: 'enabled', guards: [] },
    show: { from: ['enabled'], to: 'published', guards: [] },
    disable: { from: ['published', 'enabled'], to: 'disabled', guards: [] },
    enable: { from: ['disabled'], to: 'published', guards: [] },
  },
};
