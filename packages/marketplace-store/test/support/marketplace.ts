import type { Framework, Lot, Opportunity, Party, Service } from '@civicblocks/marketplace';
import { openMarketplaceStore, type Database, type MarketplaceStore } from '../../src/index.js';

/** A clock the test moves by hand. */
export class TestClock {
  constructor(public current: string) {}
  readonly now = (): string => this.current;
  set(moment: string): void {
    this.current = moment;
  }
}

const t0 = '2026-01-01T00:00:00Z';

/** A framework live from 2026-03-16 to 2028-03-16, open for applications in January 2026. */
export function liveFramework(id = 'g-cloud-14', overrides: Partial<Framework> = {}): Framework {
  return {
    id,
    slug: id,
    name: 'G-Cloud 14',
    family: 'g-cloud',
    lotSlugs: ['cloud-hosting', 'digital-specialists'],
    milestones: {
      applicationsOpenAt: '2026-01-05T09:00:00Z',
      clarificationsCloseAt: '2026-01-19T17:00:00Z',
      clarificationsPublishAt: '2026-01-26T17:00:00Z',
      applicationsCloseAt: '2026-02-02T17:00:00Z',
      intentionToAwardAt: '2026-03-02T09:00:00Z',
      liveAt: '2026-03-16T09:00:00Z',
      expiresAt: '2028-03-16T09:00:00Z',
    },
    hasDirectAward: true,
    hasFurtherCompetition: true,
    createdAt: t0,
    updatedAt: t0,
    ...overrides,
  };
}

export function lot(frameworkId: string, slug: string, allowsOpportunities: boolean): Lot {
  return { id: `${frameworkId}.${slug}`, frameworkId, slug, name: slug, oneServiceLimit: allowsOpportunities, allowsOpportunities, unitSingular: 'service', unitPlural: 'services' };
}

export function party(id: string, kind: 'buyer' | 'supplier', identifier?: { scheme: string; id: string }): Party {
  return { id, kind, name: `${kind} ${id}`, identifiers: identifier === undefined ? [] : [identifier], contacts: [], active: true, createdAt: t0, updatedAt: t0 };
}

export function service(id: string, supplierId: string, overrides: Partial<Service> = {}): Service {
  return {
    id,
    supplierId,
    frameworkId: 'g-cloud-14',
    lotSlug: 'digital-specialists',
    status: 'submitted',
    version: 1,
    name: `Service ${id}`,
    price: { minimum: { amount: '400.00', currency: 'GBP' }, maximum: { amount: '900.00', currency: 'GBP' }, unit: 'day' },
    data: {},
    createdAt: t0,
    updatedAt: t0,
    ...overrides,
  };
}

export function opportunity(id: string, overrides: Partial<Opportunity> = {}): Opportunity {
  return {
    id,
    buyerId: 'buyer-1',
    frameworkId: 'g-cloud-14',
    lotSlug: 'digital-specialists',
    title: `Opportunity ${id}`,
    lengthInDays: 14,
    data: {},
    createdAt: t0,
    updatedAt: t0,
    ...overrides,
  };
}

/**
 * A store on `database` holding one live framework with two lots, a buyer, two suppliers whose
 * applications passed, and a published service each on the `digital-specialists` lot.
 * The clock starts on Monday 1 June 2026, 09:00 UTC, while the framework is live.
 */
export async function seededStore(database: Database): Promise<{ store: MarketplaceStore; clock: TestClock }> {
  const clock = new TestClock('2026-06-01T09:00:00Z');
  const store = await openMarketplaceStore({ database, clock: clock.now });
  await store.parties.create(party('buyer-1', 'buyer'));
  await store.parties.create(party('supplier-1', 'supplier', { scheme: 'GB-COH', id: '01234567' }));
  await store.parties.create(party('supplier-2', 'supplier', { scheme: 'GB-COH', id: 'SC123456' }));
  await store.frameworks.create(liveFramework());
  await store.frameworks.createLot(lot('g-cloud-14', 'cloud-hosting', false));
  await store.frameworks.createLot(lot('g-cloud-14', 'digital-specialists', true));
  for (const supplier of ['supplier-1', 'supplier-2']) {
    await store.applications.create({
      id: `application-${supplier}`,
      supplierId: supplier,
      frameworkId: 'g-cloud-14',
      declaration: { status: 'complete', data: {} },
      result: 'pass',
      createdAt: t0,
      updatedAt: t0,
    });
    await store.services.create(service(`service-${supplier}`, supplier));
    await store.services.transition(`service-${supplier}`, 'publish');
  }
  return { store, clock };
}
