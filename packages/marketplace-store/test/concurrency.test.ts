import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isStoreError, openMarketplaceStore, type MarketplaceStore } from '../src/index.js';
import { testDrivers, type TestDatabase } from './support/drivers.js';
import { opportunity, seededStore, type TestClock } from './support/marketplace.js';

/** Splits settled promises into winners and the codes of the losers' errors. */
function outcomes<T>(results: PromiseSettledResult<T>[]): { winners: T[]; codes: string[] } {
  const winners = results.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const codes = results.flatMap((result) => {
    if (result.status === 'fulfilled') return [];
    if (!isStoreError(result.reason)) throw result.reason;
    return [result.reason.code];
  });
  return { winners, codes };
}

describe.each(testDrivers)('concurrent changes on $name', (driver) => {
  let test: TestDatabase;
  let store: MarketplaceStore;
  let other: MarketplaceStore;
  let clock: TestClock;
  beforeAll(driver.start);
  afterAll(driver.stop);
  beforeEach(async () => {
    test = await driver.open();
    ({ store, clock } = await seededStore(test.database));
    // A second store with its own connection pool on a server; the same database on PGlite.
    other = await openMarketplaceStore({ database: await test.openAnother(), clock: clock.now });
    await store.opportunities.create(opportunity('opp-c'));
    await store.opportunities.transition('opp-c', 'publish');
    for (const supplier of ['supplier-1', 'supplier-2']) {
      await store.responses.create({ id: `r-${supplier}`, opportunityId: 'opp-c', supplierId: supplier, serviceId: `service-${supplier}`, status: 'draft', data: {}, createdAt: clock.current, updatedAt: clock.current });
      await store.responses.transition(`r-${supplier}`, 'submit');
    }
    clock.set('2026-06-16T09:00:00Z');
  });
  afterEach(async () => {
    await other.close();
    await store.close();
    await test.drop();
  });

  it('lets exactly one of two identical transitions win; the other gets a typed error', async () => {
    const results = await Promise.allSettled([store.opportunities.transition('opp-c', 'cancel'), other.opportunities.transition('opp-c', 'cancel')]);
    const { winners, codes } = outcomes(results);
    expect(winners).toHaveLength(1);
    expect(codes).toHaveLength(1);
    expect(['concurrent_modification', 'illegal_transition', 'already_awarded']).toContain(codes[0]);
    const events = await store.audit.forObject('opportunity', 'opp-c');
    expect(events.filter((event) => event.action === 'opportunity.cancel')).toHaveLength(1);
    expect((await store.opportunities.get('opp-c')).status).toBe('cancelled');
  });

  it('lets exactly one of two withdrawals from two connections win', async () => {
    clock.set('2026-06-10T09:00:00Z'); // still live: withdraw is allowed, and so is nothing else
    const results = await Promise.allSettled([store.opportunities.transition('opp-c', 'withdraw'), other.opportunities.transition('opp-c', 'withdraw', { actorId: 'another-buyer' })]);
    const { winners, codes } = outcomes(results);
    expect(winners).toHaveLength(1);
    expect(codes).toHaveLength(1);
    expect((await store.audit.forObject('opportunity', 'opp-c')).filter((event) => event.action === 'opportunity.withdraw')).toHaveLength(1);
  });

  it('refuses a change made from a stale version with concurrent_modification, writing nothing', async () => {
    const seen = await store.responses.get('r-supplier-1');
    await other.responses.transition('r-supplier-1', 'markPendingAward');
    await expect(store.responses.transition('r-supplier-1', 'markPendingAward', { expectedVersion: seen.version })).rejects.toMatchObject({ code: 'concurrent_modification' });
    expect((await store.responses.get('r-supplier-1')).version).toBe(seen.version + 1);
  });

  it('keeps at most one response per opportunity pending award or awarded, racing or not', async () => {
    const results = await Promise.allSettled([store.responses.transition('r-supplier-1', 'markPendingAward'), other.responses.transition('r-supplier-2', 'markPendingAward')]);
    const { winners, codes } = outcomes(results);
    expect(winners).toHaveLength(1);
    // The guard sees the other award when transactions run one after another (PGlite, or a late
    // start); when they overlap on a server the unique index refuses the second commit.
    expect(['already_awarded', 'illegal_transition']).toContain(codes[0]);
    const rows = await test.database.query<{ count: number }>("SELECT count(*)::int AS count FROM responses WHERE opportunity_id = 'opp-c' AND status IN ('pending-award', 'awarded')");
    expect(rows).toEqual([{ count: 1 }]);
  });

  it('refuses a second award in the database itself, whatever the code above does', async () => {
    await store.responses.transition('r-supplier-1', 'markPendingAward');
    const error = await test.database.query("UPDATE responses SET status = 'awarded' WHERE id = 'r-supplier-2'").catch((caught: unknown) => caught);
    expect((error as { code?: string }).code).toBe('23505');
  });

  it.runIf(driver.name === 'postgres')('makes a transition that read before another committed lose with concurrent_modification', async () => {
    const database = await test.openAnother();
    // A transaction that changes the response and holds its row lock until we say so.
    let release!: () => void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => {
      locked = resolve;
    });
    const blocker = database.transaction(async (tx) => {
      await tx.query("UPDATE responses SET version = version + 1, updated_at = now() WHERE id = 'r-supplier-1'");
      locked();
      await held;
    });
    await lockTaken;
    // The store reads the committed version, passes the guards, then waits on the row lock.
    // Settle it into a value at once: it may reject while we still wait for the blocker.
    const racing = store.responses.transition('r-supplier-1', 'markPendingAward').then(
      () => 'committed',
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await blocker;
    expect(await racing).toMatchObject({ code: 'concurrent_modification' });
    expect((await store.responses.get('r-supplier-1')).status).toBe('submitted');
    expect((await store.audit.forObject('response', 'r-supplier-1')).map((event) => event.action)).toEqual(['response.create', 'response.submit']);
  });

  it.runIf(driver.name === 'postgres')('resolves twenty concurrent attempts on one object to one winner', async () => {
    const stores = [store, other];
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, index) => (stores[index % 2] as MarketplaceStore).opportunities.transition('opp-c', 'markUnsuccessful')));
    const { winners, codes } = outcomes(results);
    expect(winners).toHaveLength(1);
    expect(codes).toHaveLength(19);
    expect(new Set(codes).size).toBeGreaterThan(0);
    for (const code of codes) expect(['concurrent_modification', 'illegal_transition', 'already_awarded']).toContain(code);
    const [count] = await test.database.query<{ count: number }>("SELECT count(*)::int AS count FROM outcomes WHERE opportunity_id = 'opp-c'");
    expect(count).toEqual({ count: 1 });
  });
});
