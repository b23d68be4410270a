import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMarketplaceApi } from '../src/http.js';
import type { MarketplaceStore } from '../src/index.js';
import { testDrivers, type TestDatabase } from './support/drivers.js';
import { opportunity, seededStore, type TestClock } from './support/marketplace.js';

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

describe.each(testDrivers)('the marketplace REST API on $name', (driver) => {
  let test: TestDatabase;
  let store: MarketplaceStore;
  let clock: TestClock;
  let api: ReturnType<typeof createMarketplaceApi>;
  beforeAll(async () => {
    await driver.start();
    test = await driver.open();
    ({ store, clock } = await seededStore(test.database));
    api = createMarketplaceApi(store);
  });
  afterAll(async () => {
    await store.close();
    await test.drop();
    await driver.stop();
  });

  it('creates, publishes, gets and searches an opportunity', async () => {
    const created = await api.request('/opportunities', json(opportunity('api-1', { title: 'Service designer for permits', location: 'Wales' }), { 'x-actor-id': 'buyer-user' }));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: 'api-1', status: 'draft', version: 1 });

    const published = await api.request('/opportunities/api-1/transitions', json({ action: 'publish', expectedVersion: 1 }, { 'x-actor-id': 'buyer-user' }));
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ id: 'api-1', status: 'live', version: 2, closesAt: '2026-06-15T22:59:59Z' });

    const got = await api.request('/opportunities/api-1');
    expect(await got.json()).toMatchObject({ id: 'api-1', status: 'live' });
    const found = await api.request('/opportunities?q=permit&location=Wales&limit=5');
    expect(found.status).toBe(200);
    const page = (await found.json()) as { items: { id: string }[]; next: string | null };
    expect(page.items.map((item) => item.id)).toEqual(['api-1']);
    expect(page.next).toBeNull();

    const audit = await api.request('/audit/opportunity/api-1');
    const events = (await audit.json()) as { items: { action: string; actorId: string | null }[] };
    expect(events.items.map((event) => [event.action, event.actorId])).toEqual([
      ['opportunity.create', 'buyer-user'],
      ['opportunity.publish', 'buyer-user'],
    ]);
  });

  it('answers 400 with the validator’s findings for an invalid body', async () => {
    const answer = await api.request('/opportunities', json({ ...opportunity('api-2'), title: '', lengthInDays: 'two weeks' }));
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { error: { code: string; findings: { path: string }[] } };
    expect(body.error.code).toBe('invalid_input');
    expect(body.error.findings.map((finding) => finding.path)).toEqual(expect.arrayContaining(['$.title', '$.lengthInDays']));

    const notJson = await api.request('/opportunities', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"id": ' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: { code: 'invalid_input', findings: [{ code: 'invalid_json', path: '$' }] } });

    const badAction = await api.request('/opportunities/api-1/transitions', json({ action: 'explode', expectedVersion: 0 }));
    expect(badAction.status).toBe(400);
    expect(await badAction.json()).toMatchObject({ error: { findings: [{ path: '$.action', code: 'not_in_options' }, { path: '$.expectedVersion' }] } });

    const badSearch = await api.request('/opportunities?limit=ten');
    expect(badSearch.status).toBe(400);
    expect(await badSearch.json()).toMatchObject({ error: { code: 'invalid_input', findings: [{ path: '$.limit' }] } });
  });

  it('answers 409 with the guard’s code for an illegal transition, and for a stale version', async () => {
    await api.request('/opportunities', json(opportunity('api-3')));
    const withdraw = await api.request('/opportunities/api-3/transitions', json({ action: 'withdraw' }));
    expect(withdraw.status).toBe(409);
    expect(await withdraw.json()).toMatchObject({ error: { code: 'illegal_transition', guardCode: 'illegal_transition', status: 'draft' } });

    await api.request('/opportunities', json(opportunity('api-4', { lotSlug: 'cloud-hosting' })));
    const publish = await api.request('/opportunities/api-4/transitions', json({ action: 'publish' }));
    expect(publish.status).toBe(409);
    expect(await publish.json()).toMatchObject({ error: { code: 'illegal_transition', guardCode: 'lot_takes_no_opportunities' } });

    const stale = await api.request('/opportunities/api-3/transitions', json({ action: 'publish', expectedVersion: 7 }));
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: 'concurrent_modification' } });
  });

  it('answers 404 for unknown objects and endpoints', async () => {
    const missing = await api.request('/opportunities/nope');
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
    expect((await api.request('/nowhere')).status).toBe(404);
  });

  it('treats SQL-looking search input as text', async () => {
    const answer = await api.request(`/opportunities?q=${encodeURIComponent("'; DROP TABLE opportunities; --")}&location=${encodeURIComponent("' OR 1=1 --")}`);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ items: [], next: null });
    expect((await api.request('/opportunities/api-1')).status).toBe(200);
  });

  it('searches services and moves them through their lifecycle', async () => {
    const found = await api.request('/services?lot=digital-specialists&limit=1');
    const page = (await found.json()) as { items: { id: string; status: string }[]; next: string };
    expect(page.items).toEqual([expect.objectContaining({ id: 'service-supplier-1', status: 'published' })]);
    const next = await api.request(`/services?lot=digital-specialists&limit=1&after=${page.next}`);
    expect(((await next.json()) as { items: { id: string }[] }).items.map((item) => item.id)).toEqual(['service-supplier-2']);
    const hidden = await api.request('/services/service-supplier-2/transitions', json({ action: 'hide' }));
    expect(await hidden.json()).toMatchObject({ id: 'service-supplier-2', status: 'enabled' });
  });

  it('takes responses and refuses late ones with not_live', async () => {
    await api.request('/opportunities', json(opportunity('api-5')));
    await api.request('/opportunities/api-5/transitions', json({ action: 'publish' }));
    const created = await api.request('/responses', json({ id: 'api-r1', opportunityId: 'api-5', supplierId: 'supplier-1', serviceId: 'service-supplier-1', status: 'draft', data: {}, createdAt: clock.current, updatedAt: clock.current }));
    expect(created.status).toBe(201);
    clock.set('2026-06-20T09:00:00Z');
    const late = await api.request('/responses/api-r1/transitions', json({ action: 'submit' }));
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ error: { code: 'illegal_transition', guardCode: 'not_live' } });
    clock.set('2026-06-01T09:00:00Z');
  });
});
