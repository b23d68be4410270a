import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { marketplaceOpenApi, openMarketplaceService } from '../src/http.js';
import { serverUrl } from './support/drivers.js';

// The model's generator needs about 100 suppliers to have published services on every lot.
const demo = { suppliers: 100, opportunities: 14 };

describe('the marketplace service for pnpm start', () => {
  it('loads the demo into an empty PGlite data folder once, and finds it again after a restart', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'marketplace-service-'));
    try {
      const first = await openMarketplaceService({ dataDir, demo });
      try {
        expect(first.demo).toMatchObject({ skipped: false, opportunities: 14 });
        const answer = await first.app.request('/opportunities?limit=100');
        const page = (await answer.json()) as { items: { status: string }[] };
        // The demo is generated around the current moment: 2 of its 14 opportunities are live.
        expect(page.items.length).toBe(2);
        expect(page.items.every((item) => item.status === 'live')).toBe(true);
      } finally {
        await first.close();
      }
      const again = await openMarketplaceService({ dataDir, demo });
      try {
        expect(again.demo).toMatchObject({ skipped: true, opportunities: 0 });
        expect(again.store.migrations.applied).toEqual([]);
        const [row] = await again.store.database.query<{ count: number }>('SELECT count(*)::int AS count FROM opportunities');
        expect(row?.count).toBe(14);
      } finally {
        await again.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it.runIf(serverUrl !== undefined)('loads the demo once when two processes start on one PostgreSQL server', async () => {
    const schema = `service_${randomBytes(4).toString('hex')}`;
    const services = await Promise.all([openMarketplaceService({ url: serverUrl, schema, demo }), openMarketplaceService({ url: serverUrl, schema, demo })]);
    try {
      expect(services.map((service) => service.demo?.skipped).sort()).toEqual([false, true]);
    } finally {
      await services[0].store.database.exec(`DROP SCHEMA "${schema}" CASCADE`);
      await Promise.all(services.map((service) => service.close()));
    }
  });
});

describe('the OpenAPI fragment', () => {
  const fragment = marketplaceOpenApi('/api/marketplace');

  it('describes every endpoint under the base path', () => {
    expect(Object.keys(fragment.paths).every((path) => path.startsWith('/api/marketplace/'))).toBe(true);
    expect(Object.keys(fragment.paths)).toEqual(
      expect.arrayContaining(['/api/marketplace/opportunities', '/api/marketplace/opportunities/{id}/transitions', '/api/marketplace/services', '/api/marketplace/ocds/releases']),
    );
  });

  it('refers only to schemas it defines', () => {
    const refs = [...JSON.stringify(fragment.paths).matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g)].map((match) => match[1]);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of new Set(refs)) expect(Object.keys(fragment.components.schemas), ref).toContain(ref);
    // The model's own JSON Schemas, not copies: the opportunity requires a title of at most 100 characters.
    expect(fragment.components.schemas['MarketplaceOpportunity']).toMatchObject({ properties: { title: { maxLength: 100 } } });
  });
});
