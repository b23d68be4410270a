import { generateDemoMarketplace, type DemoOptions, type GovernmentConfig } from '@civicblocks/marketplace';
import type { Hono } from 'hono';
import { openMarketplaceStore, type MarketplaceStore } from '../store/marketplace-store.js';
import { importMarketplace, type ImportReport } from '../transfer/import-marketplace.js';
import { createMarketplaceApi, type MarketplaceApiOptions } from './marketplace-api.js';

/**
 * How to run the marketplace API in a server.
 *
 * @since 0.1.0
 */
export interface MarketplaceServiceOptions {
  /** A PostgreSQL server's URL (for example `process.env.DATABASE_URL`); without it, PGlite. */
  readonly url?: string | undefined;
  /** PGlite data folder, kept between runs; default `.data/marketplace` in the working folder. */
  readonly dataDir?: string | undefined;
  /** Postgres schema; default `marketplace`. */
  readonly schema?: string | undefined;
  /** The government's settings; default the UK preset. */
  readonly government?: GovernmentConfig | undefined;
  /**
   * The demo marketplace to load into an empty store at first start (generated around the
   * current moment, so that some opportunities are live); `false` to start empty.
   */
  readonly demo?: false | DemoOptions | undefined;
  /** Options of the REST API. */
  readonly api?: MarketplaceApiOptions | undefined;
}

/**
 * A running marketplace API: the Hono app to mount, its store, and how to stop it.
 *
 * @since 0.1.0
 */
export interface MarketplaceService {
  /** The REST API, to mount with `app.route('/api/marketplace', service.app)`. */
  readonly app: Hono;
  /** The store under it. */
  readonly store: MarketplaceStore;
  /** What the first-start demo import did (`skipped` when the store already had data). */
  readonly demo: ImportReport | undefined;
  /** Closes the store (PGlite flushes and frees its memory). Call it on shutdown. */
  readonly close: () => Promise<void>;
}

/**
 * Opens the store (PGlite in `.data/marketplace` by default, or the server at `url`), loads the
 * demo marketplace into it if it is empty, and builds the REST API. Only one process may open a
 * PGlite data folder: with several worker processes, give them a PostgreSQL `url`.
 *
 * @example
 * ```ts
 * import { openMarketplaceService } from '@civicblocks/marketplace-store/http';
 *
 * const marketplace = await openMarketplaceService({ url: process.env.DATABASE_URL });
 * app.route('/api/marketplace', marketplace.app);
 * process.on('SIGTERM', () => void marketplace.close());
 * ```
 * @since 0.1.0
 */
export async function openMarketplaceService(options: MarketplaceServiceOptions = {}): Promise<MarketplaceService> {
  const url = options.url === '' ? undefined : options.url;
  const store = await openMarketplaceStore({
    url,
    dataDir: url === undefined ? (options.dataDir ?? '.data/marketplace') : undefined,
    schema: options.schema,
    government: options.government,
  });
  try {
    let demo: ImportReport | undefined;
    if (options.demo !== false) {
      const marketplace = generateDemoMarketplace({ now: store.now(), ...(options.government === undefined ? {} : { config: options.government }), ...options.demo });
      demo = await importMarketplace(store.database, marketplace, { onlyIntoEmpty: true });
    }
    return { app: createMarketplaceApi(store, options.api), store, demo, close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}
