import { generateDemoMarketplace, opportunityStatusAt, type Marketplace } from '@civicblocks/marketplace';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { importMarketplace, migrate, StoreError, type Database } from '../src/index.js';
import { testDrivers, type TestDatabase } from './support/drivers.js';

const demo = generateDemoMarketplace({ suppliers: 300, opportunities: 140 });

async function counts(database: Database): Promise<Record<string, number>> {
  const [row] = await database.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM parties) AS parties, (SELECT count(*)::int FROM frameworks) AS frameworks, (SELECT count(*)::int FROM lots) AS lots,
            (SELECT count(*)::int FROM applications) AS applications, (SELECT count(*)::int FROM agreements) AS agreements, (SELECT count(*)::int FROM services) AS services,
            (SELECT count(*)::int FROM opportunities) AS opportunities, (SELECT count(*)::int FROM questions) AS questions, (SELECT count(*)::int FROM responses) AS responses,
            (SELECT count(*)::int FROM outcomes) AS outcomes, (SELECT count(*)::int FROM audit_events) AS "auditEvents"`,
  );
  return row ?? {};
}

const sizes = (marketplace: Marketplace): Record<string, number> => ({
  parties: marketplace.parties.length,
  frameworks: marketplace.frameworks.length,
  lots: marketplace.lots.length,
  applications: marketplace.applications.length,
  agreements: marketplace.agreements.length,
  services: marketplace.services.length,
  opportunities: marketplace.opportunities.length,
  questions: marketplace.questions.length,
  responses: marketplace.responses.length,
  outcomes: marketplace.outcomes.length,
  auditEvents: marketplace.auditEvents.length,
});
const empty = Object.fromEntries(Object.keys(sizes(demo)).map((key) => [key, 0]));

describe.each(testDrivers)('importing the demo marketplace on $name', (driver) => {
  let test: TestDatabase;
  beforeAll(driver.start);
  afterAll(driver.stop);
  beforeEach(async () => {
    test = await driver.open();
    await migrate(test.database);
  });
  afterEach(async () => {
    await test.drop();
  });

  it('loads every entity in batches, with the statuses the model derives', async () => {
    const batches: string[] = [];
    const report = await importMarketplace(test.database, demo, { batchSize: 500, onBatch: (table) => batches.push(table) });
    expect(report).toEqual({ ...sizes(demo), skipped: false });
    expect(await counts(test.database)).toEqual(sizes(demo));
    expect(batches.filter((table) => table === 'services')).toHaveLength(Math.ceil(demo.services.length / 500));

    const outcomes = new Map(demo.outcomes.filter((outcome) => outcome.completed && outcome.opportunityId !== undefined).map((outcome) => [outcome.opportunityId, outcome]));
    const expected = new Map(demo.opportunities.map((item) => [item.id, opportunityStatusAt(item, demo.now, outcomes.get(item.id))]));
    const rows = await test.database.query<{ id: string; status: string }>('SELECT id, opportunity_status(published_at, closes_at, withdrawn_at, outcome_result, $1) AS status FROM opportunities', [demo.now]);
    expect(new Map(rows.map((row) => [row.id, row.status]))).toEqual(expected);
  });

  it('rolls everything back when a row fails near the end', async () => {
    const responses = [...demo.responses];
    const last = responses.at(-1);
    if (last === undefined) throw new Error('the demo has responses');
    responses[responses.length - 1] = { ...last, serviceId: 'no-such-service' };
    const error = await importMarketplace(test.database, { ...demo, responses }, { batchSize: 100 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'import_failed', details: { findings: [{ code: '23503' }] } });
    expect(await counts(test.database)).toEqual(empty);
  });

  it('refuses an invalid entity before writing anything, naming its path', async () => {
    const opportunities = [...demo.opportunities];
    opportunities[3] = { ...(opportunities[3] as Marketplace['opportunities'][number]), title: '' };
    await expect(importMarketplace(test.database, { ...demo, opportunities })).rejects.toMatchObject({ code: 'invalid_input', location: { jsonPath: '$.opportunities[3].title' } });
    expect(await counts(test.database)).toEqual(empty);
  });

  it('imports only into an empty store when asked, once even when two imports race', async () => {
    const other = await test.openAnother();
    const reports = await Promise.all([importMarketplace(test.database, demo, { onlyIntoEmpty: true }), importMarketplace(other, demo, { onlyIntoEmpty: true })]);
    expect(reports.map((report) => report.skipped).sort()).toEqual([false, true]);
    expect(await counts(test.database)).toEqual(sizes(demo));
  });

  it('refuses to import the same marketplace twice, keeping the first', async () => {
    await importMarketplace(test.database, demo);
    await expect(importMarketplace(test.database, demo)).rejects.toMatchObject({ code: 'import_failed' });
    expect(await counts(test.database)).toEqual(sizes(demo));
  });
});
