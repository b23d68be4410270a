import { fileURLToPath } from 'node:url';
import { createOcdsValidator, exportReleasePackage, generateDemoMarketplace } from '@civicblocks/marketplace';
import { loadOcdsSchemas } from '@civicblocks/marketplace/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMarketplaceApi } from '../src/http.js';
import { exportAllReleases, exportReleasePage, importMarketplace, openMarketplaceStore, type MarketplaceStore, type ReleasePage } from '../src/index.js';
import { testDrivers, type TestDatabase } from './support/drivers.js';

// The official OCDS 1.1 schemas, read from the shared data folder beside the repository.
const ocdsDirectory = fileURLToPath(new URL('../../../../shared/data/ocds', import.meta.url));
const demo = generateDemoMarketplace({ suppliers: 200, opportunities: 70 });
const reference = exportReleasePackage(demo);

describe.each(testDrivers)('OCDS export from the store on $name', (driver) => {
  let test: TestDatabase;
  let store: MarketplaceStore;
  beforeAll(async () => {
    await driver.start();
    test = await driver.open();
    store = await openMarketplaceStore({ database: test.database, clock: () => demo.now, government: demo.config });
    await importMarketplace(store.database, demo);
  });
  afterAll(async () => {
    await store.close();
    await test.drop();
    await driver.stop();
  });

  it('gives the same releases as the model exporting the marketplace in memory', async () => {
    const releases = [];
    for await (const release of exportAllReleases(store, { limit: 16 })) releases.push(release);
    const key = (release: { ocid: string; id: string }): string => `${release.ocid} ${release.id}`;
    expect(releases.map(key).sort()).toEqual(reference.releases.map(key).sort());
    const byKey = new Map(reference.releases.map((release) => [key(release), release]));
    for (const release of releases) expect(release).toEqual(byKey.get(key(release)));
  });

  it('writes packages the official OCDS 1.1 schema accepts', async () => {
    const validator = createOcdsValidator(await loadOcdsSchemas(ocdsDirectory));
    const api = createMarketplaceApi(store);
    const answer = await api.request('/ocds/releases?limit=1000');
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { releases: unknown[]; version: string; extensions: string[] };
    expect(body.version).toBe('1.1');
    expect(body.releases).toHaveLength(reference.releases.length);
    const report = validator.validate(body);
    expect(report.findings).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('pages by the moment of the last change, with links to the next page', async () => {
    const updated = [...demo.opportunities].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt) || a.id.localeCompare(b.id));
    const since = updated[30]?.updatedAt ?? '';
    const expectedIds = updated.filter((item) => item.updatedAt >= since).map((item) => item.id);
    const api = createMarketplaceApi(store);
    let url: string | undefined = `http://marketplace.test/ocds/releases?since=${encodeURIComponent(since)}&limit=7&latest=true`;
    const seen: string[] = [];
    while (url !== undefined) {
      const answer = await api.request(url);
      expect(answer.status).toBe(200);
      const body = (await answer.json()) as { releases: { ocid: string }[]; links?: { next: string } };
      seen.push(...body.releases.map((release) => release.ocid.replace(`${demo.config.ocidPrefix}-`, '')));
      expect(answer.headers.get('link') ?? undefined).toBe(body.links === undefined ? undefined : `<${body.links.next}>; rel="next"`);
      url = body.links?.next;
    }
    expect(seen).toEqual(expectedIds);
  });

  it('reads a party again once it changed, and only then', async () => {
    const opportunity = demo.opportunities[0];
    if (opportunity === undefined) throw new Error('the demo has opportunities');
    const buyerName = async (): Promise<unknown> => {
      const page = await exportReleasePage(store, { since: opportunity.updatedAt, limit: 5000, latestOnly: true });
      const release = page.releases.find((item) => item.ocid === `${demo.config.ocidPrefix}-${opportunity.id}`) as unknown as { buyer?: { name: string } } | undefined;
      return release?.buyer?.name;
    };
    const original = demo.parties.find((party) => party.id === opportunity.buyerId)?.name;
    expect(await buyerName()).toBe(original);
    // Every change of a party increments its version; the export then reads the new document.
    await store.database.query("UPDATE parties SET document = jsonb_set(document, '{name}', to_jsonb($2::text)), version = version + 1 WHERE id = $1", [opportunity.buyerId, 'Renamed Council']);
    expect(await buyerName()).toBe('Renamed Council');
    await store.database.query("UPDATE parties SET document = jsonb_set(document, '{name}', to_jsonb($2::text)), version = version + 1 WHERE id = $1", [opportunity.buyerId, original]);
    expect(await buyerName()).toBe(original);
  });

  it('lets a reader stop part way through the releases', async () => {
    const seen = [];
    for await (const release of exportAllReleases(store, { limit: 5 })) {
      seen.push(release);
      if (seen.length === 3) break;
    }
    expect(seen).toHaveLength(3);
  });

  it('refuses bad dates and limits', async () => {
    await expect(exportReleasePage(store, { since: 'yesterday' })).rejects.toMatchObject({ code: 'invalid_input', location: { jsonPath: '$.since' } });
    await expect(exportReleasePage(store, { limit: 0 })).rejects.toMatchObject({ code: 'invalid_input', location: { jsonPath: '$.limit' } });
    await expect(exportReleasePage(store, { limit: 5001 })).rejects.toMatchObject({ code: 'invalid_input', location: { jsonPath: '$.limit' } });
    await expect(exportReleasePage(store, { after: 'not-a-cursor' })).rejects.toMatchObject({ code: 'invalid_input', location: { jsonPath: '$.after' } });
    const answer = await createMarketplaceApi(store).request("/ocds/releases?until=2026-01-01'--");
    expect(answer.status).toBe(400);
  });

  it('returns an empty last page after the last change', async () => {
    const page: ReleasePage = await exportReleasePage(store, { since: '2100-01-01' });
    expect(page.releases).toEqual([]);
    expect(page.next).toBeNull();
  });
});
