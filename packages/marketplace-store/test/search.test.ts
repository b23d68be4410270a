import type { Opportunity } from '@civicblocks/marketplace';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MarketplaceStore, OpportunitySearch, Stored } from '../src/index.js';
import { testDrivers, type TestDatabase } from './support/drivers.js';
import { opportunity, seededStore, service } from './support/marketplace.js';

const titles = [
  'User research for a benefits service',
  'User researchers for the tax platform',
  'Cloud hosting migration',
  'Hosted email for schools',
  'Content designer, Welsh language',
  'Data engineers for the housing register',
  "O'Brien & Sons style accessibility audit",
  'Accessibility audit of the licensing service',
];
const locations = ['London', 'Wales', 'Scotland'];

/**
 * 24 opportunities: ids opp-00…opp-23, title titles[i % 8], location locations[i % 3],
 * published on 1 June and closing on day 3 + (i % 12) of June at 22:59:59Z; opp-20…23 are
 * drafts, opp-19 is withdrawn. Expected results below are computed from this rule.
 */
function fixture(index: number): Opportunity {
  const id = `opp-${String(index).padStart(2, '0')}`;
  const base = opportunity(id, { title: titles[index % 8] as string, location: locations[index % 3] as string, summary: index === 5 ? 'Includes a discovery of legacy mainframe systems.' : 'A short summary.' });
  if (index >= 20) return base;
  const closesAt = `2026-06-${String(3 + (index % 12)).padStart(2, '0')}T22:59:59Z`;
  return { ...base, publishedAt: '2026-06-01T08:00:00Z', closesAt, ...(index === 19 ? { withdrawnAt: '2026-06-01T12:00:00Z' } : {}) };
}
const all = Array.from({ length: 24 }, (_, index) => fixture(index));
const liveNow = all.filter((item) => item.publishedAt !== undefined && item.withdrawnAt === undefined && (item.closesAt ?? '') > '2026-06-02T09:00:00Z');
const byClosing = (a: Opportunity, b: Opportunity): number => (a.closesAt ?? '').localeCompare(b.closesAt ?? '') || a.id.localeCompare(b.id);
const ids = (items: readonly Stored<Opportunity>[]): string[] => items.map((item) => item.entity.id);

describe.each(testDrivers)('search on $name', (driver) => {
  let test: TestDatabase;
  let store: MarketplaceStore;
  beforeAll(async () => {
    await driver.start();
    test = await driver.open();
    const seeded = await seededStore(test.database);
    store = seeded.store;
    seeded.clock.set('2026-06-02T09:00:00Z');
    for (const item of all) await store.opportunities.create(item);
    await store.services.create(service('svc-hosting', 'supplier-1', { lotSlug: 'cloud-hosting', name: 'Managed Kubernetes hosting', status: 'published', publishedAt: '2026-04-01T00:00:00Z' }));
    await store.services.create(service('svc-email', 'supplier-2', { lotSlug: 'cloud-hosting', name: 'Hosted email', status: 'published', publishedAt: '2026-04-01T00:00:00Z' }));
    await store.services.create(service('svc-draft', 'supplier-2', { lotSlug: 'cloud-hosting', name: 'Hosting draft', status: 'submitted' }));
  });
  afterAll(async () => {
    await store.close();
    await test.drop();
    await driver.stop();
  });

  it('lists live opportunities by closing moment, then id', async () => {
    const page = await store.opportunities.search({ limit: 100 });
    expect(ids(page.items)).toEqual([...liveNow].sort(byClosing).map((item) => item.id));
    expect(page.items.every((item) => item.status === 'live')).toBe(true);
    expect(page.next).toBeNull();
  });

  it('pages with a keyset cursor: every live opportunity once, in order', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await store.opportunities.search({ limit: 4, ...(after === undefined ? {} : { after }) });
      seen.push(...ids(page.items));
      after = page.next ?? undefined;
      pages += 1;
    } while (after !== undefined);
    expect(seen).toEqual([...liveNow].sort(byClosing).map((item) => item.id));
    expect(pages).toBe(Math.ceil(liveNow.length / 4));
  });

  it('finds words by stem in titles and summaries', async () => {
    // "research" matches "research" and "researchers" (English stemming): titles 0 and 1.
    const research = await store.opportunities.search({ text: 'research', limit: 100 });
    expect(ids(research.items)).toEqual(liveNow.filter((item) => item.title.startsWith('User research')).sort(byClosing).map((item) => item.id));
    // Only opp-05's summary mentions a mainframe.
    expect(ids((await store.opportunities.search({ text: 'mainframes' })).items)).toEqual(['opp-05']);
    // Web-search syntax: a phrase and an excluded word.
    const audits = await store.opportunities.search({ text: '"accessibility audit" -licensing', limit: 100 });
    expect(ids(audits.items)).toEqual(liveNow.filter((item) => item.title.startsWith("O'Brien")).sort(byClosing).map((item) => item.id));
  });

  it('filters by lot, location and closing dates', async () => {
    const filters: [OpportunitySearch, (item: Opportunity) => boolean][] = [
      [{ location: 'Wales' }, (item) => item.location === 'Wales'],
      [{ lotSlug: 'digital-specialists', location: 'London' }, (item) => item.location === 'London'],
      [{ lotSlug: 'cloud-hosting' }, () => false],
      [{ closesFrom: '2026-06-05T00:00:00Z', closesBefore: '2026-06-08' }, (item) => (item.closesAt ?? '') >= '2026-06-05' && (item.closesAt ?? '') < '2026-06-08'],
    ];
    for (const [search, keep] of filters) {
      const page = await store.opportunities.search({ ...search, limit: 100 });
      expect(ids(page.items), JSON.stringify(search)).toEqual(liveNow.filter(keep).sort(byClosing).map((item) => item.id));
    }
  });

  it('searches by other statuses', async () => {
    expect(ids((await store.opportunities.search({ status: 'draft', limit: 100 })).items)).toEqual(['opp-20', 'opp-21', 'opp-22', 'opp-23']);
    expect(ids((await store.opportunities.search({ status: 'withdrawn' })).items)).toEqual(['opp-19']);
    // Closing on 3 June at 22:59:59Z (i % 12 = 0): opp-00 and opp-12 are closed on 4 June.
    expect(ids((await store.opportunities.search({ status: 'closed' })).items)).toEqual([]);
  });

  it('treats SQL-looking input as text', async () => {
    for (const text of ["'; DROP TABLE opportunities; --", "' OR '1'='1", 'research) OR (1=1', '\\x00 $1 $$ ::text', "O'Brien"]) {
      const page = await store.opportunities.search({ text, location: "London' OR 'x'='x", limit: 100 });
      expect(page.items, text).toEqual([]);
    }
    const obrien = await store.opportunities.search({ text: "O'Brien", limit: 100 });
    expect(ids(obrien.items)).toEqual(liveNow.filter((item) => item.title.startsWith("O'Brien")).sort(byClosing).map((item) => item.id));
    expect((await store.opportunities.search({ limit: 100 })).items).toHaveLength(liveNow.length);
  });

  it('refuses bad cursors, limits, statuses and dates with invalid_input', async () => {
    await expect(store.opportunities.search({ after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'invalid_input', location: { jsonPath: '$.after' } });
    await expect(store.opportunities.search({ limit: 501 })).rejects.toMatchObject({ code: 'invalid_input', location: { jsonPath: '$.limit' } });
    await expect(store.opportunities.search({ status: 'open' as 'live' })).rejects.toMatchObject({ code: 'invalid_input', location: { jsonPath: '$.status' } });
    await expect(store.opportunities.search({ closesFrom: "2026-06-01' --" })).rejects.toMatchObject({ code: 'invalid_input', location: { jsonPath: '$.closesFrom' } });
  });

  it('searches published services by text and lot, ignoring drafts', async () => {
    // "hosting" and "Hosted" share the stem "host"; the draft never shows. Ordered by name.
    const hosting = await store.services.search({ text: 'hosting', limit: 10 });
    expect(hosting.items.map((item) => item.entity.id)).toEqual(['svc-email', 'svc-hosting']);
    expect((await store.services.search({ text: 'kubernetes' })).items.map((item) => item.entity.id)).toEqual(['svc-hosting']);
    const lot = await store.services.search({ lotSlug: 'cloud-hosting', limit: 1 });
    expect(lot.items.map((item) => item.entity.id)).toEqual(['svc-email']);
    const next = await store.services.search({ lotSlug: 'cloud-hosting', limit: 1, after: lot.next ?? '' });
    expect(next.items.map((item) => item.entity.id)).toEqual(['svc-hosting']);
    expect(next.next).toBeNull();
    expect((await store.services.search({ text: "'; DELETE FROM services; --" })).items).toEqual([]);
    expect((await store.services.search({ status: 'submitted' })).items.map((item) => item.entity.id)).toEqual(['svc-draft']);
  });

  it('pages through a word with more matches than it sorts at once, in order and without gaps', async () => {
    // 1 010 published ledger services (past the 1 000 matches sorted directly, so the keyset
    // index is walked), named so that name order differs from creation order.
    const expected: string[] = [];
    for (let index = 0; index < 1010; index += 1) {
      const id = `svc-ledger-${String(index).padStart(4, '0')}`;
      const name = `Ledger ${String((index * 7919) % 1010).padStart(4, '0')}`;
      expected.push(`${name}|${id}`);
      await store.services.create(service(id, 'supplier-1', { lotSlug: 'cloud-hosting', name, status: 'published', publishedAt: '2026-04-01T00:00:00Z' }));
    }
    expected.sort();
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await store.services.search({ text: 'ledger', limit: 400, ...(after === undefined ? {} : { after }) });
      seen.push(...page.items.map((item) => `${item.entity.name}|${item.entity.id}`));
      after = page.next ?? undefined;
    } while (after !== undefined);
    expect(seen).toEqual(expected);
    // A rare word still finds its one service among them; a word in none finds nothing.
    expect((await store.services.search({ text: 'kubernetes' })).items.map((item) => item.entity.id)).toEqual(['svc-hosting']);
    expect((await store.services.search({ text: 'ledger -ledger' })).items).toEqual([]);
  });
});
