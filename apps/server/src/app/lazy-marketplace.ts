import { Hono } from 'hono';
import type { MarketplaceService, MarketplaceServiceOptions } from '@civicblocks/marketplace-store/http';

/**
 * The marketplace API, opened on its first request: opening the store (and, on a first start,
 * loading the demo marketplace into PGlite) takes seconds and about a gigabyte, which the
 * calculator and the docs should never wait for.
 */
export interface LazyMarketplace {
  /** Answers under the mount path; the first request opens the store. */
  readonly app: Hono;
  /** Closes the store if it was opened. */
  readonly close: () => Promise<void>;
}

/**
 * Builds the lazily opened marketplace API for the mount `path` (for example `/api/marketplace`).
 */
export function lazyMarketplace(path: string, options: MarketplaceServiceOptions): LazyMarketplace {
  let opening: Promise<MarketplaceService> | undefined;
  const open = (): Promise<MarketplaceService> => {
    opening ??= import('@civicblocks/marketplace-store/http').then(({ openMarketplaceService }) => openMarketplaceService(options));
    // A store that failed to open is tried again on the next request rather than kept broken.
    opening.catch(() => {
      opening = undefined;
    });
    return opening;
  };
  const app = new Hono();
  app.all('*', async (c) => {
    let service: MarketplaceService;
    try {
      service = await open();
    } catch (error) {
      return c.json({ error: `The marketplace store could not be opened: ${error instanceof Error ? error.message : String(error)}` }, 503);
    }
    // The store's API routes from its own root: hand it the request without the mount path.
    const url = new URL(c.req.url);
    url.pathname = url.pathname.slice(path.length) || '/';
    return service.app.fetch(new Request(url, c.req.raw));
  });
  return {
    app,
    close: async () => {
      if (opening === undefined) return;
      const service = await opening.catch(() => undefined);
      await service?.close();
    },
  };
}
