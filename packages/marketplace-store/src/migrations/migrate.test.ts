import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDrivers, type TestDatabase } from '../../test/support/drivers.js';
import { StoreError } from '../errors/store-error.js';
import { migrate } from './migrate.js';
import { marketplaceMigrations } from './marketplace-migrations.js';
import type { Migration } from './migration.js';

const first: Migration = { name: '0001-one', sql: 'CREATE TABLE one (id int PRIMARY KEY); INSERT INTO one VALUES (1);' };
const second: Migration = { name: '0002-two', sql: 'CREATE TABLE two (id int PRIMARY KEY);' };

describe.each(testDrivers)('migrate on $name', (driver) => {
  let test: TestDatabase;
  beforeAll(driver.start);
  afterAll(driver.stop);
  beforeEach(async () => {
    test = await driver.open();
  });
  afterEach(async () => {
    await test.drop();
  });

  it('applies every migration once, then nothing', async () => {
    expect(await migrate(test.database, [first, second])).toEqual({ applied: ['0001-one', '0002-two'], alreadyApplied: [] });
    expect(await migrate(test.database, [first, second])).toEqual({ applied: [], alreadyApplied: ['0001-one', '0002-two'] });
    expect(await test.database.query('SELECT id FROM one')).toEqual([{ id: 1 }]);
  });

  it('applies a new migration added later', async () => {
    await migrate(test.database, [first]);
    expect(await migrate(test.database, [first, second])).toEqual({ applied: ['0002-two'], alreadyApplied: ['0001-one'] });
  });

  it('refuses an applied migration whose SQL changed', async () => {
    await migrate(test.database, [first]);
    const changed = { ...first, sql: `${first.sql} -- edited` };
    const error = await migrate(test.database, [changed]).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toMatchObject({ code: 'migration_checksum_mismatch', location: { migration: '0001-one' } });
  });

  it('refuses a database that has a migration the code does not know', async () => {
    await migrate(test.database, [first, second]);
    await expect(migrate(test.database, [first])).rejects.toMatchObject({ code: 'migration_unknown', location: { migration: '0002-two' } });
  });

  it('rolls a failing migration back entirely and records nothing of it', async () => {
    const failing: Migration = { name: '0002-fails', sql: 'CREATE TABLE half (id int); INSERT INTO nowhere VALUES (1);' };
    await expect(migrate(test.database, [first, failing])).rejects.toMatchObject({ code: 'migration_failed', location: { migration: '0002-fails' } });
    const tables = await test.database.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name`,
      [test.database.schema],
    );
    expect(tables.map((table) => table.name)).toEqual(['one', 'schema_migrations']);
    expect(await test.database.query('SELECT name FROM schema_migrations')).toEqual([{ name: '0001-one' }]);
  });

  it('refuses misordered migration names', async () => {
    await expect(migrate(test.database, [second, first])).rejects.toMatchObject({ code: 'migration_failed' });
  });

  it('applies the marketplace migrations twice at once, each exactly once', async () => {
    const other = await test.openAnother();
    const reports = await Promise.all([migrate(test.database), migrate(other)]);
    const names = marketplaceMigrations.map((migration) => migration.name);
    expect(reports.flatMap((report) => report.applied).sort()).toEqual(names);
    expect(reports.flatMap((report) => report.alreadyApplied).sort()).toEqual(names);
    const rows = await test.database.query<{ count: number }>('SELECT count(*)::int AS count FROM schema_migrations');
    expect(rows).toEqual([{ count: names.length }]);
  });
});
