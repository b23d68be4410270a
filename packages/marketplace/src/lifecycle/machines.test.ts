import { describe, expect, it } from 'vitest';
import { agreementMachine } from './agreement-lifecycle.js';
import { applicationMachine, declarationMachine } from './application-lifecycle.js';
import { frameworkMachine } from './framework-lifecycle.js';
import { opportunityMachine } from './opportunity-lifecycle.js';
import { responseMachine } from './response-lifecycle.js';
import { serviceMachine } from './service-lifecycle.js';
import { availableActions, checkTransition, type StateMachine } from './state-machine.js';

const milestones = {
  applicationsOpenAt: '2026-01-05T09:00:00Z',
  clarificationsCloseAt: '2026-01-19T17:00:00Z',
  clarificationsPublishAt: '2026-01-26T17:00:00Z',
  applicationsCloseAt: '2026-02-02T17:00:00Z',
  intentionToAwardAt: '2026-03-02T09:00:00Z',
  liveAt: '2026-03-16T09:00:00Z',
  expiresAt: '2028-03-16T09:00:00Z',
};
const gbp = (amount: string) => ({ amount, currency: 'GBP' });

// Every legal transition, written by hand from the spec: "from action to".
const cases: { machine: StateMachine<string, string, never>; legal: string[]; passing: (from: string, action: string) => unknown }[] = [
  {
    machine: frameworkMachine,
    legal: ['coming openApplications open', 'open closeApplications pending', 'pending announceResults standstill', 'standstill goLive live', 'live expire expired'],
    passing: () => ({ milestones, now: '2029-01-01T00:00:00Z' }),
  },
  {
    machine: declarationMachine,
    legal: ['unstarted start started', 'started complete complete', 'complete reopen started'],
    passing: () => ({ frameworkStatus: 'open', contentFindings: [] }),
  },
  {
    machine: applicationMachine,
    legal: ['pending pass pass', 'pending fail fail'],
    passing: () => ({ frameworkStatus: 'pending', declarationStatus: 'complete', submittedServices: 2 }),
  },
  {
    machine: agreementMachine,
    legal: ['draft sign signed', 'signed hold on-hold', 'on-hold release signed', 'signed approve approved', 'on-hold approve approved', 'approved countersign countersigned'],
    passing: () => ({ applicationResult: 'pass', signer: { name: 'Ada', role: 'Director' }, countersigner: { name: 'Bo', role: 'Category manager' } }),
  },
  {
    machine: serviceMachine,
    legal: [
      'not-submitted submit submitted',
      'submitted unsubmit not-submitted',
      'submitted publish published',
      'published hide enabled',
      'enabled show published',
      'published disable disabled',
      'enabled disable disabled',
      'disabled enable published',
    ],
    // Drafts move while the framework is open, publication happens when it is live.
    passing: (_from, action) => ({ frameworkStatus: action === 'publish' ? 'live' : 'open', contentFindings: [], applicationResult: 'pass' }),
  },
  {
    machine: opportunityMachine,
    legal: ['draft publish live', 'live withdraw withdrawn', 'live close closed', 'closed award awarded', 'closed cancel cancelled', 'closed markUnsuccessful unsuccessful'],
    passing: (_from, action) => ({
      frameworkStatus: 'live',
      lot: { slug: 'digital-outcomes', allowsOpportunities: true },
      contentFindings: [],
      now: action === 'close' ? '2026-06-15T23:00:00Z' : '2026-06-10T12:00:00Z',
      closesAt: '2026-06-15T22:59:59Z',
      awardedResponses: action === 'award' ? 1 : 0,
    }),
  },
  {
    machine: responseMachine,
    legal: ['draft submit submitted', 'submitted markPendingAward pending-award', 'pending-award cancelPendingAward submitted', 'pending-award award awarded'],
    passing: (_from, action) => ({
      opportunityStatus: action === 'submit' ? 'live' : 'closed',
      opportunity: { frameworkId: 'dos-5', lotSlug: 'digital-specialists' },
      frameworkStatus: 'live',
      service: { status: 'published', frameworkId: 'dos-5', lotSlug: 'digital-specialists', price: { minimum: gbp('400'), maximum: gbp('800'), unit: 'day' } },
      price: gbp('800.00'),
      contentFindings: [],
      otherAwards: 0,
    }),
  },
];

describe.each(cases)('$machine.name transition table', ({ machine, legal, passing }) => {
  const legalSet = new Map(legal.map((row) => { const [from, action, to] = row.split(' '); return [`${from} ${action}`, to]; }));
  const pairs = machine.states.flatMap((from) => Object.keys(machine.transitions).map((action) => [from, action] as const));

  it.each(pairs)('%s --%s-->', (from, action) => {
    const result = checkTransition(machine, from, action, passing(from, action) as never);
    const expected = legalSet.get(`${from} ${action}`);
    if (expected === undefined) {
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('illegal_transition');
        expect(result.error.details).toEqual({ machine: machine.name, from, action });
      }
    } else {
      expect(result).toEqual({ ok: true, to: expected });
    }
  });

  it('lists exactly the legal rows', () => {
    expect(pairs.filter(([from, action]) => legalSet.has(`${from} ${action}`))).toHaveLength(legal.length);
  });

  it('rejects an action that is not in the table', () => {
    const result = checkTransition(machine, machine.states[0] ?? '', 'teleport', passing('', 'teleport') as never);
    expect(result.ok || result.error.code).toBe('illegal_transition');
  });
});

describe('guards', () => {
  const code = (result: ReturnType<typeof checkTransition>) => (result.ok ? 'ok' : result.error.code);

  it('framework steps wait for their milestone', () => {
    expect(code(checkTransition(frameworkMachine, 'open', 'closeApplications', { milestones, now: '2026-02-02T16:59:59Z' }))).toBe('milestones_out_of_order');
    expect(code(checkTransition(frameworkMachine, 'open', 'closeApplications', { milestones, now: '2026-02-02T17:00:00Z' }))).toBe('ok');
  });

  it('declarations change only while the framework is open and complete only with every answer', () => {
    expect(code(checkTransition(declarationMachine, 'unstarted', 'start', { frameworkStatus: 'pending', contentFindings: [] }))).toBe('framework_not_open');
    expect(code(checkTransition(declarationMachine, 'started', 'complete', { frameworkStatus: 'open', contentFindings: [{ path: '$.q1', message: 'Answer required', code: 'answer_required' }] }))).toBe('answer_required');
  });

  it('a pass needs closed applications, a complete declaration and a submitted service', () => {
    const base = { frameworkStatus: 'pending', declarationStatus: 'complete', submittedServices: 1 } as const;
    expect(code(checkTransition(applicationMachine, 'pending', 'pass', { ...base, frameworkStatus: 'open' }))).toBe('framework_not_closed');
    expect(code(checkTransition(applicationMachine, 'pending', 'pass', { ...base, declarationStatus: 'started' }))).toBe('declaration_incomplete');
    expect(code(checkTransition(applicationMachine, 'pending', 'pass', { ...base, submittedServices: 0 }))).toBe('no_submitted_services');
    expect(code(checkTransition(applicationMachine, 'pending', 'fail', { ...base, submittedServices: 0 }))).toBe('ok');
  });

  it('agreements need a passed application, a signer and a countersigner', () => {
    expect(code(checkTransition(agreementMachine, 'draft', 'sign', { applicationResult: 'fail', signer: { name: 'A', role: 'B' } }))).toBe('application_not_passed');
    expect(code(checkTransition(agreementMachine, 'draft', 'sign', { applicationResult: 'pass', signer: { name: ' ', role: 'B' } }))).toBe('signer_details_required');
    expect(code(checkTransition(agreementMachine, 'approved', 'countersign', { applicationResult: 'pass' }))).toBe('countersigner_details_required');
  });

  it('services submit only complete content while open and publish only for passed suppliers', () => {
    const findings = [{ path: '$.serviceName', message: 'required', code: 'answer_required' }];
    expect(code(checkTransition(serviceMachine, 'not-submitted', 'submit', { frameworkStatus: 'open', contentFindings: findings, applicationResult: 'pending' }))).toBe('answer_required');
    expect(code(checkTransition(serviceMachine, 'not-submitted', 'submit', { frameworkStatus: 'pending', contentFindings: [], applicationResult: 'pending' }))).toBe('framework_not_open');
    expect(code(checkTransition(serviceMachine, 'submitted', 'publish', { frameworkStatus: 'pending', contentFindings: [], applicationResult: 'pass' }))).toBe('framework_not_live');
    expect(code(checkTransition(serviceMachine, 'submitted', 'publish', { frameworkStatus: 'live', contentFindings: [], applicationResult: 'fail' }))).toBe('application_not_passed');
  });

  it('opportunities publish on live frameworks and single-service lots, close at closesAt, award once', () => {
    const base = { frameworkStatus: 'live', lot: { slug: 'digital-outcomes', allowsOpportunities: true }, contentFindings: [], now: '2026-06-10T12:00:00Z', closesAt: '2026-06-15T22:59:59Z', awardedResponses: 0 } as const;
    expect(code(checkTransition(opportunityMachine, 'draft', 'publish', { ...base, frameworkStatus: 'expired' }))).toBe('framework_not_live');
    expect(code(checkTransition(opportunityMachine, 'draft', 'publish', { ...base, lot: { slug: 'cloud-hosting', allowsOpportunities: false } }))).toBe('lot_takes_no_opportunities');
    expect(code(checkTransition(opportunityMachine, 'live', 'close', { ...base, now: '2026-06-15T22:59:58Z' }))).toBe('not_closed');
    expect(code(checkTransition(opportunityMachine, 'live', 'close', { ...base, now: '2026-06-15T22:59:59Z' }))).toBe('ok');
    expect(code(checkTransition(opportunityMachine, 'live', 'withdraw', { ...base, now: '2026-06-15T22:59:59Z' }))).toBe('not_live');
    expect(code(checkTransition(opportunityMachine, 'closed', 'award', base))).toBe('award_details_required');
    expect(code(checkTransition(opportunityMachine, 'closed', 'cancel', { ...base, awardedResponses: 1 }))).toBe('already_awarded');
  });

  it('responses need a live opportunity, a published service on its lot within its price, and one award at most', () => {
    const base = {
      opportunityStatus: 'live',
      opportunity: { frameworkId: 'dos-5', lotSlug: 'digital-specialists' },
      frameworkStatus: 'live',
      service: { status: 'published', frameworkId: 'dos-5', lotSlug: 'digital-specialists', price: { minimum: gbp('400'), maximum: gbp('800'), unit: 'day' } },
      price: gbp('800.01'),
      contentFindings: [],
      otherAwards: 0,
    } as const;
    expect(code(checkTransition(responseMachine, 'draft', 'submit', { ...base, opportunityStatus: 'closed' }))).toBe('not_live');
    expect(code(checkTransition(responseMachine, 'draft', 'submit', { ...base, frameworkStatus: 'standstill' }))).toBe('framework_not_live_or_expired');
    expect(code(checkTransition(responseMachine, 'draft', 'submit', { ...base, service: { ...base.service, status: 'disabled' } }))).toBe('service_not_published');
    expect(code(checkTransition(responseMachine, 'draft', 'submit', { ...base, service: { ...base.service, lotSlug: 'digital-outcomes' } }))).toBe('service_wrong_lot');
    expect(code(checkTransition(responseMachine, 'draft', 'submit', base))).toBe('price_above_service_maximum');
    expect(code(checkTransition(responseMachine, 'draft', 'submit', { ...base, frameworkStatus: 'expired', price: gbp('800') }))).toBe('ok');
    expect(code(checkTransition(responseMachine, 'submitted', 'markPendingAward', { ...base, opportunityStatus: 'closed', otherAwards: 1 }))).toBe('already_awarded');
    expect(code(checkTransition(responseMachine, 'pending-award', 'award', { ...base, opportunityStatus: 'live' }))).toBe('not_closed');
  });

  it('lists available actions', () => {
    expect(availableActions(agreementMachine, 'signed', { applicationResult: 'pass' })).toEqual(['hold', 'approve']);
  });
});
