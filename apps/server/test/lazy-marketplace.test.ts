import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { lazyMarketplace } from '../src/app/lazy-marketplace.js';

describe('the marketplace mount', () => {
  it('opens the store on the first request and answers under the mount path', { timeout: 180_000 }, async () => {
    const marketplace = lazyMarketplace('/api/marketplace', { dataDir: join(mkdtempSync(join(tmpdir(), 'server-marketplace-')), 'not-yet', 'store'), demo: { suppliers: 100 } });
    const server = new Hono();
    server.route('/api/marketplace', marketplace.app);
    try {
      const frameworks = await server.request('/api/marketplace/frameworks');
      expect(frameworks.status).toBe(200);
      const body = (await frameworks.json()) as { items: { id: string }[] };
      // The demo marketplace has four frameworks.
      expect(body.items).toHaveLength(4);
      expect((await server.request('/api/marketplace/opportunities/no-such-opportunity')).status).toBe(404);
    } finally {
      await marketplace.close();
    }
  });
});
