import { describe, expect, it } from 'vitest';
import { checkFramework, clarificationsOpenAt, frameworkStatusAt } from './framework-lifecycle.js';
import { opportunityStatusAt, questionsAllowed } from './opportunity-lifecycle.js';
import { checkOutcome } from './outcome-rules.js';

const milestones = {
  applicationsOpenAt: '2026-01-05T09:00:00Z',
  clarificationsCloseAt: '2026-01-19T17:00:00Z',
  clarificationsPublishAt: '2026-01-26T17:00:00Z',
  applicationsCloseAt: '2026-02-02T17:00:00Z',
  intentionToAwardAt: '2026-03-02T09:00:00Z',
  liveAt: '2026-03-16T09:00:00Z',
  expiresAt: '2028-03-16T09:00:00Z',
};

describe('frameworkStatusAt', () => {
  it.each([
    ['2026-01-05T08:59:59.999Z', 'coming'],
    ['2026-01-05T09:00:00Z', 'open'],
    ['2026-02-02T16:59:59Z', 'open'],
    ['2026-02-02T17:00:00Z', 'pending'],
    ['2026-03-02T08:59:59Z', 'pending'],
    ['2026-03-02T09:00:00Z', 'standstill'],
    ['2026-03-16T08:59:59Z', 'standstill'],
    ['2026-03-16T09:00:00Z', 'live'],
    ['2028-03-16T08:59:59Z', 'live'],
    ['2028-03-16T09:00:00Z', 'expired'],
  ])('at %s is %s', (now, status) => {
    expect(frameworkStatusAt({ milestones }, now)).toBe(status);
  });

  it('takes clarification questions until clarificationsCloseAt', () => {
    expect(clarificationsOpenAt({ milestones }, '2026-01-01T00:00:00Z')).toBe(true);
    expect(clarificationsOpenAt({ milestones }, '2026-01-19T16:59:59Z')).toBe(true);
    expect(clarificationsOpenAt({ milestones }, '2026-01-19T17:00:00Z')).toBe(false);
  });

  it('checks milestone order and award routes', () => {
    expect(checkFramework({ milestones, hasDirectAward: false, hasFurtherCompetition: true })).toEqual([]);
    const codes = checkFramework({ milestones: { ...milestones, liveAt: '2026-03-01T00:00:00Z' }, hasDirectAward: false, hasFurtherCompetition: false }).map((failure) => failure.code);
    expect(codes).toEqual(['milestones_out_of_order', 'framework_needs_award_route']);
  });
});

describe('opportunityStatusAt', () => {
  const published = { publishedAt: '2026-06-01T18:30:00Z', closesAt: '2026-06-15T22:59:59Z' };
  it.each([
    [{}, '2026-06-10T00:00:00Z', undefined, 'draft'],
    [published, '2026-06-01T18:29:59Z', undefined, 'draft'],
    [published, '2026-06-01T18:30:00Z', undefined, 'live'],
    [published, '2026-06-15T22:59:58Z', undefined, 'live'],
    [published, '2026-06-15T22:59:59Z', undefined, 'closed'],
    [published, '2026-06-20T00:00:00Z', { result: 'awarded', completed: false }, 'closed'],
    [published, '2026-06-20T00:00:00Z', { result: 'awarded', completed: true }, 'awarded'],
    [published, '2026-06-20T00:00:00Z', { result: 'cancelled', completed: true }, 'cancelled'],
    [published, '2026-06-20T00:00:00Z', { result: 'none-suitable', completed: true }, 'unsuccessful'],
    [{ ...published, withdrawnAt: '2026-06-05T10:00:00Z' }, '2026-06-05T09:59:59Z', undefined, 'live'],
    [{ ...published, withdrawnAt: '2026-06-05T10:00:00Z' }, '2026-06-05T10:00:00Z', undefined, 'withdrawn'],
  ] as const)('%o at %s with %o is %s', (opportunity, now, outcome, status) => {
    expect(opportunityStatusAt(opportunity, now, outcome)).toBe(status);
  });

  it('takes questions only while live', () => {
    expect(questionsAllowed('live')).toBeUndefined();
    expect(questionsAllowed('closed')?.code).toBe('not_live');
  });
});

describe('checkOutcome', () => {
  const base = { id: 'o1', opportunityId: 'opp1', createdAt: '2026-07-01T00:00:00Z' };
  const award = { supplierId: 's1', startDate: '2026-08-01', endDate: '2027-07-31', value: { amount: '120000.00', currency: 'GBP' }, awardingOrganisationName: 'Ministry of Examples' };
  it('requires award details exactly when awarded and completed', () => {
    expect(checkOutcome({ ...base, result: 'awarded', completed: true, completedAt: '2026-07-02T00:00:00Z', award })).toEqual([]);
    expect(checkOutcome({ ...base, result: 'awarded', completed: false })).toEqual([]);
    expect(checkOutcome({ ...base, result: 'awarded', completed: true, completedAt: '2026-07-02T00:00:00Z' }).map((f) => f.code)).toEqual(['award_details_required']);
    expect(checkOutcome({ ...base, result: 'cancelled', completed: true, completedAt: '2026-07-02T00:00:00Z', award }).map((f) => f.code)).toEqual(['award_details_forbidden']);
  });
  it('links to exactly one of an opportunity or a direct award project', () => {
    expect(checkOutcome({ ...base, directAwardProjectId: 'p1', result: 'cancelled', completed: false }).map((f) => f.code)).toEqual(['outcome_target_ambiguous']);
    expect(checkOutcome({ id: 'o1', createdAt: base.createdAt, result: 'cancelled', completed: false }).map((f) => f.code)).toEqual(['outcome_target_ambiguous']);
  });
  it('rejects negative values and reversed dates', () => {
    const bad = { ...award, value: { amount: '-1', currency: 'GBP' }, endDate: '2026-07-31' };
    expect(checkOutcome({ ...base, result: 'awarded', completed: true, completedAt: '2026-07-02T00:00:00Z', award: bad }).map((f) => f.code)).toEqual(['invalid_money', 'invalid_date']);
  });
});
