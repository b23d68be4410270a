import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { StoreError, type MarketplaceStore } from '../src/index.js';
import { testDrivers, type TestDatabase } from './support/drivers.js';
import { opportunity, seededStore, type TestClock } from './support/marketplace.js';

const award = { startDate: '2026-07-01', endDate: '2027-06-30', value: { amount: '125000.00', currency: 'GBP' }, awardingOrganisationName: 'Department for Examples' };

describe.each(testDrivers)('an opportunity from draft to award on $name', (driver) => {
  let test: TestDatabase;
  let store: MarketplaceStore;
  let clock: TestClock;
  beforeAll(driver.start);
  afterAll(driver.stop);
  beforeEach(async () => {
    test = await driver.open();
    ({ store, clock } = await seededStore(test.database));
  });
  afterEach(async () => {
    await store.close();
    await test.drop();
  });

  it('publishes, takes questions and responses, closes and awards, auditing every step', async () => {
    await store.opportunities.create(opportunity('opp-1', { location: 'London' }));
    const live = await store.opportunities.transition('opp-1', 'publish', { actorId: 'buyer-user' });
    // Published Monday 1 June 2026 10:00 in London (BST), open 14 calendar days: closes Monday
    // 15 June at 23:59:59 London time, which is 22:59:59 UTC.
    expect(live.status).toBe('live');
    expect(live.entity.publishedAt).toBe('2026-06-01T09:00:00Z');
    expect(live.entity.closesAt).toBe('2026-06-15T22:59:59Z');
    expect(live.version).toBe(2);

    clock.set('2026-06-02T10:00:00Z');
    await store.opportunities.ask({ id: 'q-1', opportunityId: 'opp-1', supplierId: 'supplier-1', question: 'Is remote work allowed?', askedAt: '2026-06-02T10:00:00Z' });
    const answered = await store.opportunities.answer('q-1', 'Yes, two days a week on site.', { actorId: 'buyer-user' });
    expect(answered.answeredAt).toBe('2026-06-02T10:00:00Z');

    await store.responses.create({ id: 'r-1', opportunityId: 'opp-1', supplierId: 'supplier-1', serviceId: 'service-supplier-1', status: 'draft', price: { amount: '850.00', currency: 'GBP' }, data: {}, createdAt: clock.current, updatedAt: clock.current });
    await store.responses.create({ id: 'r-2', opportunityId: 'opp-1', supplierId: 'supplier-2', serviceId: 'service-supplier-2', status: 'draft', data: {}, createdAt: clock.current, updatedAt: clock.current });
    expect((await store.responses.transition('r-1', 'submit')).status).toBe('submitted');
    expect((await store.responses.transition('r-2', 'submit')).status).toBe('submitted');

    clock.set('2026-06-15T22:59:59Z');
    // The status is derived from closesAt: closed from that moment, without a write, so the
    // machine's `close` action (live → closed) can never apply to a stored opportunity.
    expect((await store.opportunities.get('opp-1')).status).toBe('closed');
    await expect(store.opportunities.transition('opp-1', 'close')).rejects.toMatchObject({ code: 'illegal_transition', details: { status: 'closed' } });
    expect((await store.responses.transition('r-1', 'markPendingAward')).status).toBe('pending-award');
    expect((await store.responses.transition('r-1', 'award')).status).toBe('awarded');
    const awarded = await store.opportunities.transition('opp-1', 'award', { award, actorId: 'buyer-user' });
    expect(awarded.status).toBe('awarded');
    expect(await store.opportunities.outcome('opp-1')).toEqual({
      id: 'opp-1-outcome',
      opportunityId: 'opp-1',
      result: 'awarded',
      completed: true,
      completedAt: '2026-06-15T22:59:59Z',
      responseId: 'r-1',
      award: { ...award, supplierId: 'supplier-1' },
      createdAt: '2026-06-15T22:59:59Z',
    });

    const events = await store.audit.forObject('opportunity', 'opp-1');
    expect(events.map((event) => [event.action, event.fromStatus ?? null, event.toStatus ?? null, event.actorId])).toEqual([
      ['opportunity.create', null, 'draft', null],
      ['opportunity.publish', 'draft', 'live', 'buyer-user'],
      ['opportunity.award', 'closed', 'awarded', 'buyer-user'],
    ]);
    expect((await store.audit.forObject('response', 'r-1')).map((event) => event.action)).toEqual(['response.create', 'response.submit', 'response.markPendingAward', 'response.award']);
  });

  it('refuses an illegal transition with the guard’s code and writes nothing', async () => {
    await store.opportunities.create(opportunity('opp-2'));
    const auditBefore = await store.audit.count();
    const error = await store.opportunities.transition('opp-2', 'withdraw').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'illegal_transition', details: { guardCode: 'illegal_transition', status: 'draft' }, location: { entity: 'opportunity', id: 'opp-2' } });

    clock.set('2028-04-01T09:00:00Z'); // the framework has expired
    await expect(store.opportunities.transition('opp-2', 'publish')).rejects.toMatchObject({ code: 'illegal_transition', details: { guardCode: 'framework_not_live' } });
    const after = await store.opportunities.get('opp-2');
    expect(after.version).toBe(1);
    expect(after.entity.publishedAt).toBeUndefined();
    expect(await store.audit.count()).toBe(auditBefore);
  });

  it('refuses opportunities on a lot that takes none, questions when not live, and late responses', async () => {
    await store.opportunities.create(opportunity('opp-hosting', { lotSlug: 'cloud-hosting' }));
    await expect(store.opportunities.transition('opp-hosting', 'publish')).rejects.toMatchObject({ code: 'illegal_transition', details: { guardCode: 'lot_takes_no_opportunities' } });

    await store.opportunities.create(opportunity('opp-3'));
    await expect(store.opportunities.ask({ id: 'q-2', opportunityId: 'opp-3', supplierId: 'supplier-1', question: 'Any budget?', askedAt: clock.current })).rejects.toMatchObject({
      code: 'illegal_transition',
      details: { guardCode: 'not_live', status: 'draft' },
    });
    await store.opportunities.transition('opp-3', 'publish');
    await store.responses.create({ id: 'r-3', opportunityId: 'opp-3', supplierId: 'supplier-1', serviceId: 'service-supplier-1', status: 'draft', data: {}, createdAt: clock.current, updatedAt: clock.current });
    clock.set('2026-06-16T00:00:00Z');
    await expect(store.responses.transition('r-3', 'submit')).rejects.toMatchObject({ code: 'illegal_transition', details: { guardCode: 'not_live' } });
  });

  it('refuses a price above the service maximum', async () => {
    await store.opportunities.create(opportunity('opp-4'));
    await store.opportunities.transition('opp-4', 'publish');
    await store.responses.create({ id: 'r-4', opportunityId: 'opp-4', supplierId: 'supplier-1', serviceId: 'service-supplier-1', status: 'draft', price: { amount: '900.01', currency: 'GBP' }, data: {}, createdAt: clock.current, updatedAt: clock.current });
    await expect(store.responses.transition('r-4', 'submit')).rejects.toMatchObject({ code: 'illegal_transition', details: { guardCode: 'price_above_service_maximum' } });
  });

  it('reports invalid entities with the validator’s findings', async () => {
    const bad = { ...opportunity('opp-5'), title: '', lengthInDays: 0 };
    const error = await store.opportunities.create(bad).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'invalid_input', location: { entity: 'opportunity', id: 'opp-5' } });
    const paths = (error as StoreError).details.findings?.map((finding) => finding.path);
    expect(paths).toEqual(expect.arrayContaining(['$.title', '$.lengthInDays']));
    await expect(store.opportunities.get('opp-5')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a second organisation with the same identifier, and a duplicate id', async () => {
    await expect(store.parties.create({ ...(await store.parties.get('supplier-1')).entity, id: 'supplier-3' })).rejects.toMatchObject({ code: 'duplicate' });
    await expect(store.parties.get('supplier-3')).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.opportunities.create(opportunity('opp-6'))).resolves.toMatchObject({ status: 'draft' });
    await expect(store.opportunities.create(opportunity('opp-6'))).rejects.toMatchObject({ code: 'duplicate' });
    expect((await store.parties.findByIdentifier('GB-COH', 'SC123456'))?.entity.id).toBe('supplier-2');
  });

  it('archives every version of a service it replaces', async () => {
    const before = await store.services.get('service-supplier-1');
    const edited = await store.services.update('service-supplier-1', { name: 'Renamed service' }, { actorId: 'supplier-user', expectedVersion: before.version });
    expect(edited.version).toBe(before.version + 1);
    expect(edited.entity.version).toBe(before.version + 1);
    const hidden = await store.services.transition('service-supplier-1', 'hide', { actorId: 'admin-1' });
    // The stored document is the one the transition returned, whole (it travels as a patch).
    expect((await store.services.get('service-supplier-1')).entity).toEqual(hidden.entity);
    expect(hidden.entity).toEqual({ ...edited.entity, status: 'enabled', version: 4, updatedAt: store.now() });
    const archive = await store.services.archive('service-supplier-1');
    // The version the transition replaced, archived as the model's archiveService shapes it.
    expect(archive[2]).toEqual({ id: 'service-supplier-1.v3', serviceId: 'service-supplier-1', version: 3, archivedAt: store.now(), archivedBy: 'admin-1', service: edited.entity });
    expect(archive.map((archived) => [archived.version, archived.service.name, archived.service.status])).toEqual([
      [1, 'Service service-supplier-1', 'submitted'],
      [2, 'Service service-supplier-1', 'published'],
      [3, 'Renamed service', 'published'],
    ]);
    await expect(store.services.update('service-supplier-1', { name: 'Stale edit' }, { expectedVersion: before.version })).rejects.toMatchObject({ code: 'concurrent_modification' });
  });
});
