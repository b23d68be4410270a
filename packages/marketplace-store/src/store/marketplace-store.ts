import { ukGovernment, type GovernmentConfig } from '@civicblocks/marketplace';
import type { Database, DatabaseOptions } from '../database/database.js';
import { openDatabase } from '../database/open-database.js';
import { migrate, type MigrationReport } from '../migrations/migrate.js';
import { ApplicationRepository } from '../repositories/applications.js';
import { AuditEventRepository } from '../repositories/audit-events.js';
import { FrameworkRepository } from '../repositories/frameworks.js';
import { OpportunityRepository } from '../repositories/opportunities.js';
import { PartyRepository } from '../repositories/parties.js';
import { ResponseRepository } from '../repositories/responses.js';
import { ServiceRepository } from '../repositories/services.js';
import type { ContentCheck, StoreContext } from './store-context.js';

/**
 * How to open a marketplace store.
 *
 * @since 0.1.0
 */
export interface MarketplaceStoreOptions extends DatabaseOptions {
  /** An open database to use instead of opening one; the store then leaves it open on close. */
  readonly database?: Database | undefined;
  /** The government's settings (time zone, closing rule, ocid prefix…); default the UK preset. */
  readonly government?: GovernmentConfig | undefined;
  /** The current moment as ISO 8601 UTC; default the system clock. Tests pass a fixed one. */
  readonly clock?: (() => string) | undefined;
  /** Validates framework × lot answers in full for the `contentComplete` guards; default accepts all. */
  readonly contentCheck?: ContentCheck | undefined;
  /** Apply the migrations on open; default true. */
  readonly migrate?: boolean | undefined;
}

/**
 * A marketplace stored in PostgreSQL: repositories for every entity, each change and its audit
 * event in one transaction, transitions through the model's state machines.
 *
 * @example
 * ```ts
 * import { openMarketplaceStore } from '@civicblocks/marketplace-store';
 *
 * const store = await openMarketplaceStore({ url: process.env.DATABASE_URL, dataDir: './.data/marketplace' });
 * const page = await store.opportunities.search({ text: 'user research', limit: 10 });
 * for (const { entity, status } of page.items) console.log(entity.title, status);
 * await store.close();
 * ```
 * @since 0.1.0
 */
export class MarketplaceStore {
  /** The database under the store. */
  readonly database: Database;
  /** The government's settings. */
  readonly government: GovernmentConfig;
  /** What the migrations did when the store opened (empty lists when `migrate: false`). */
  readonly migrations: MigrationReport;
  /** Buyers and suppliers. */
  readonly parties: PartyRepository;
  /** Frameworks and lots. */
  readonly frameworks: FrameworkRepository;
  /** Applications (declarations, results) and framework agreements. */
  readonly applications: ApplicationRepository;
  /** Services, with their archive. */
  readonly services: ServiceRepository;
  /** Opportunities, questions and outcomes. */
  readonly opportunities: OpportunityRepository;
  /** Responses. */
  readonly responses: ResponseRepository;
  /** The audit trail. */
  readonly audit: AuditEventRepository;
  /** The current moment, ISO 8601 UTC, by the store's clock. */
  readonly now: () => string;
  readonly #ownsDatabase: boolean;

  /** @internal Use {@link openMarketplaceStore}. */
  constructor(context: StoreContext, migrations: MigrationReport, ownsDatabase: boolean) {
    this.database = context.database;
    this.government = context.government;
    this.migrations = migrations;
    this.now = context.now;
    this.parties = new PartyRepository(context);
    this.frameworks = new FrameworkRepository(context);
    this.applications = new ApplicationRepository(context);
    this.services = new ServiceRepository(context);
    this.opportunities = new OpportunityRepository(context);
    this.responses = new ResponseRepository(context);
    this.audit = new AuditEventRepository(context);
    this.#ownsDatabase = ownsDatabase;
  }

  /** Closes the database if the store opened it. Safe to call twice. */
  async close(): Promise<void> {
    if (this.#ownsDatabase) await this.database.close();
  }
}

/**
 * Opens a marketplace store: a PostgreSQL server when `url` is given, else embedded PGlite
 * (persisted to `dataDir`, or in memory), then applies the migrations.
 *
 * @since 0.1.0
 */
export async function openMarketplaceStore(options: MarketplaceStoreOptions = {}): Promise<MarketplaceStore> {
  const database = options.database ?? (await openDatabase(options));
  try {
    const migrations = options.migrate === false ? { applied: [], alreadyApplied: [] } : await migrate(database);
    const context: StoreContext = {
      database,
      government: options.government ?? ukGovernment,
      now: options.clock ?? (() => new Date().toISOString()),
      contentCheck: options.contentCheck ?? (() => []),
    };
    return new MarketplaceStore(context, migrations, options.database === undefined);
  } catch (error) {
    if (options.database === undefined) await database.close();
    throw error;
  }
}
