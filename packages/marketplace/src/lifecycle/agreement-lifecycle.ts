import type { AgreementStatus, Signatory } from '../entities/agreement.js';
import type { ApplicationResult } from '../entities/application.js';
import type { GuardFailure, StateMachine } from './state-machine.js';

/**
 * Context of an agreement transition.
 *
 * @since 0.1.0
 */
export interface AgreementContext {
  /** The result of the supplier's application. */
  readonly applicationResult: ApplicationResult;
  /** Who signs, for `sign`. */
  readonly signer?: Signatory;
  /** Who countersigns, for `countersign`. */
  readonly countersigner?: Signatory;
}

const applicationPassed = (context: AgreementContext): GuardFailure | undefined =>
  context.applicationResult === 'pass' ? undefined : { code: 'application_not_passed', message: `The application's result is ${context.applicationResult}.` };
const hasSigner = (context: AgreementContext): GuardFailure | undefined =>
  context.signer !== undefined && context.signer.name.trim() !== '' && context.signer.role.trim() !== '' ? undefined : { code: 'signer_details_required', message: 'The signer’s name and role are required.' };
const hasCountersigner = (context: AgreementContext): GuardFailure | undefined =>
  context.countersigner !== undefined && context.countersigner.name.trim() !== '' && context.countersigner.role.trim() !== ''
    ? undefined
    : { code: 'countersigner_details_required', message: 'The countersigner’s name and role are required.' };

/**
 * Actions of the agreement lifecycle.
 *
 * @since 0.1.0
 */
export type AgreementAction = 'sign' | 'hold' | 'release' | 'approve' | 'countersign';

/**
 * The framework agreement lifecycle: `draft → signed → (on-hold ⇄ signed) → approved →
 * countersigned`.
 *
 * @since 0.1.0
 */
export const agreementMachine: StateMachine<AgreementStatus, AgreementAction, AgreementContext> = {
  name: 'agreement',
  states: ['draft', 'signed', 'on-hold', 'approved', 'countersigned'],
  transitions: {
    sign: { from: ['draft'], to: 'signed', guards: [applicationPassed, hasSigner] },
    hold: { from: ['signed'], to: 'on-hold', guards: [] },
    release: { from: ['on-hold'], to: 'signed', guards: [] },
    approve: { from: ['signed', 'on-hold'], to: 'approved', guards: [applicationPassed] },
    countersign: { from: ['approved'], to: 'countersigned', guards: [hasCountersigner] },
  },
};
