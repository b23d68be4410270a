import { opportunityStatusAt, type OutcomeResult } from '@civicblocks/marketplace';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../src/index.js';
import { testDrivers, type TestDatabase } from './support/drivers.js';

const moment = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z') / 1000, max: Date.parse('2026-12-31T00:00:00Z') / 1000 }).map((seconds) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z'));

describe.each(testDrivers)('the SQL twin of opportunityStatusAt on $name', (driver) => {
  let test: TestDatabase;
  beforeAll(async () => {
    await driver.start();
    test = await driver.open();
    await migrate(test.database);
  });
  afterAll(async () => {
    await test.drop();
    await driver.stop();
  });

  it('derives the same status as the model for any timestamps and outcome', async () => {
    const cases = fc.sample(
      fc.record({
        publishedAt: fc.option(moment, { nil: undefined }),
        closesAt: fc.option(moment, { nil: undefined }),
        withdrawnAt: fc.option(moment, { nil: undefined }),
        outcome: fc.option(fc.constantFrom<OutcomeResult>('awarded', 'cancelled', 'none-suitable'), { nil: undefined }),
        now: moment,
      }),
      { numRuns: 400, seed: 20261130 },
    );
    // One query for all cases: unnest the columns, compute the status in SQL.
    const rows = await test.database.query<{ status: string }>(
      `SELECT opportunity_status(p, c, w, o, n) AS status
       FROM unnest($1::timestamptz[], $2::timestamptz[], $3::timestamptz[], $4::text[], $5::timestamptz[]) WITH ORDINALITY AS t (p, c, w, o, n, i) ORDER BY i`,
      [
        cases.map((item) => item.publishedAt ?? null),
        cases.map((item) => (item.publishedAt === undefined ? null : (item.closesAt ?? null))),
        cases.map((item) => item.withdrawnAt ?? null),
        cases.map((item) => item.outcome ?? null),
        cases.map((item) => item.now),
      ],
    );
    const expected = cases.map((item) => {
      const opportunity = {
        ...(item.publishedAt === undefined ? {} : { publishedAt: item.publishedAt }),
        ...(item.publishedAt === undefined || item.closesAt === undefined ? {} : { closesAt: item.closesAt }),
        ...(item.withdrawnAt === undefined ? {} : { withdrawnAt: item.withdrawnAt }),
      };
      return opportunityStatusAt(opportunity, item.now, item.outcome === undefined ? undefined : { result: item.outcome, completed: true });
    });
    expect(rows.map((row) => row.status)).toEqual(expected);
  });
});
