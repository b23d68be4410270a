import {
  agreementEntity,
  applicationEntity,
  auditEventEntity,
  frameworkEntity,
  lotEntity,
  opportunityEntity,
  outcomeEntity,
  partyEntity,
  questionEntity,
  responseEntity,
  serviceEntity,
  type EntityDefinition,
  type Finding,
  type Marketplace,
} from '@civicblocks/marketplace';
import type { Database, SqlExecutor } from '../database/database.js';
import { StoreError, isStoreError } from '../errors/store-error.js';
import { databaseErrorInfo } from '../internal/database-errors.js';

/**
 * Options of {@link importMarketplace}.
 *
 * @since 0.1.0
 */
export interface ImportOptions {
  /** Rows per INSERT; default 2 000. */
  readonly batchSize?: number | undefined;
  /** Called after each batch is written (not yet committed), for progress reports. */
  readonly onBatch?: ((table: string, rows: number) => void) | undefined;
  /**
   * Import only into an empty store (no parties, no opportunities), checked under an advisory
   * lock in the import's transaction, so that two processes loading the same data at their first
   * start load it once. When the store is not empty nothing is written and `skipped` is true.
   */
  readonly onlyIntoEmpty?: boolean | undefined;
}

/**
 * How many rows of each kind an import wrote.
 *
 * @since 0.1.0
 */
export type ImportReport = Readonly<Record<ImportedKind, number>> & {
  /** True when `onlyIntoEmpty` found data and nothing was written. */
  readonly skipped: boolean;
};

/**
 * The kinds of rows an import writes, in the order it writes them.
 *
 * @since 0.1.0
 */
export type ImportedKind = 'parties' | 'frameworks' | 'lots' | 'applications' | 'agreements' | 'services' | 'opportunities' | 'questions' | 'responses' | 'outcomes' | 'auditEvents';

// Each table's columns as SQL expressions over `d`, one element of a JSON array of documents.
const ts = (field: string): string => `(d ->> '${field}')::timestamptz`;
const tables: readonly { kind: ImportedKind; table: string; definition: EntityDefinition<never>; columns: Readonly<Record<string, string>> }[] = [
  {
    kind: 'parties',
    table: 'parties',
    definition: partyEntity as EntityDefinition<never>,
    columns: { id: "d ->> 'id'", kind: "d ->> 'kind'", name: "d ->> 'name'", active: "(d ->> 'active')::boolean", created_at: ts('createdAt'), updated_at: ts('updatedAt'), document: 'd' },
  },
  {
    kind: 'frameworks',
    table: 'frameworks',
    definition: frameworkEntity as EntityDefinition<never>,
    columns: {
      id: "d ->> 'id'",
      slug: "d ->> 'slug'",
      family: "d ->> 'family'",
      applications_open_at: "(d #>> '{milestones,applicationsOpenAt}')::timestamptz",
      applications_close_at: "(d #>> '{milestones,applicationsCloseAt}')::timestamptz",
      intention_to_award_at: "(d #>> '{milestones,intentionToAwardAt}')::timestamptz",
      live_at: "(d #>> '{milestones,liveAt}')::timestamptz",
      expires_at: "(d #>> '{milestones,expiresAt}')::timestamptz",
      created_at: ts('createdAt'),
      updated_at: ts('updatedAt'),
      document: 'd',
    },
  },
  {
    kind: 'lots',
    table: 'lots',
    definition: lotEntity as EntityDefinition<never>,
    columns: { id: "d ->> 'id'", framework_id: "d ->> 'frameworkId'", slug: "d ->> 'slug'", one_service_limit: "(d ->> 'oneServiceLimit')::boolean", allows_opportunities: "(d ->> 'allowsOpportunities')::boolean", document: 'd' },
  },
  {
    kind: 'applications',
    table: 'applications',
    definition: applicationEntity as EntityDefinition<never>,
    columns: {
      id: "d ->> 'id'",
      supplier_id: "d ->> 'supplierId'",
      framework_id: "d ->> 'frameworkId'",
      declaration_status: "d #>> '{declaration,status}'",
      result: "d ->> 'result'",
      created_at: ts('createdAt'),
      updated_at: ts('updatedAt'),
      document: 'd',
    },
  },
  {
    kind: 'agreements',
    table: 'agreements',
    definition: agreementEntity as EntityDefinition<never>,
    columns: {
      id: "d ->> 'id'",
      application_id: "d ->> 'applicationId'",
      supplier_id: "d ->> 'supplierId'",
      framework_id: "d ->> 'frameworkId'",
      status: "d ->> 'status'",
      created_at: ts('createdAt'),
      updated_at: ts('updatedAt'),
      document: 'd',
    },
  },
  {
    kind: 'services',
    table: 'services',
    definition: serviceEntity as EntityDefinition<never>,
    columns: {
      id: "d ->> 'id'",
      supplier_id: "d ->> 'supplierId'",
      framework_id: "d ->> 'frameworkId'",
      lot_slug: "d ->> 'lotSlug'",
      status: "d ->> 'status'",
      name: "d ->> 'name'",
      version: "(d ->> 'version')::integer",
      created_at: ts('createdAt'),
      updated_at: ts('updatedAt'),
      published_at: ts('publishedAt'),
      document: 'd',
    },
  },
  {
    kind: 'opportunities',
    table: 'opportunities',
    definition: opportunityEntity as EntityDefinition<never>,
    columns: {
      id: "d ->> 'id'",
      buyer_id: "d ->> 'buyerId'",
      framework_id: "d ->> 'frameworkId'",
      lot_slug: "d ->> 'lotSlug'",
      title: "d ->> 'title'",
      location: "d ->> 'location'",
      published_at: ts('publishedAt'),
      closes_at: ts('closesAt'),
      withdrawn_at: ts('withdrawnAt'),
      created_at: ts('createdAt'),
      updated_at: ts('updatedAt'),
      document: 'd',
    },
  },
  {
    kind: 'questions',
    table: 'questions',
    definition: questionEntity as EntityDefinition<never>,
    columns: { id: "d ->> 'id'", opportunity_id: "d ->> 'opportunityId'", supplier_id: "d ->> 'supplierId'", asked_at: ts('askedAt'), answered_at: ts('answeredAt'), document: 'd' },
  },
  {
    kind: 'responses',
    table: 'responses',
    definition: responseEntity as EntityDefinition<never>,
    columns: {
      id: "d ->> 'id'",
      opportunity_id: "d ->> 'opportunityId'",
      supplier_id: "d ->> 'supplierId'",
      service_id: "d ->> 'serviceId'",
      status: "d ->> 'status'",
      created_at: ts('createdAt'),
      updated_at: ts('updatedAt'),
      document: 'd',
    },
  },
  {
    kind: 'outcomes',
    table: 'outcomes',
    definition: outcomeEntity as EntityDefinition<never>,
    columns: {
      id: "d ->> 'id'",
      opportunity_id: "d ->> 'opportunityId'",
      direct_award_project_id: "d ->> 'directAwardProjectId'",
      response_id: "d ->> 'responseId'",
      result: "d ->> 'result'",
      completed: "(d ->> 'completed')::boolean",
      created_at: ts('createdAt'),
      document: 'd',
    },
  },
  {
    kind: 'auditEvents',
    table: 'audit_events',
    definition: auditEventEntity as EntityDefinition<never>,
    columns: {
      at: ts('at'),
      actor_id: "d ->> 'actorId'",
      action: "d ->> 'action'",
      object_kind: "d #>> '{object,kind}'",
      object_id: "d #>> '{object,id}'",
      from_status: "d ->> 'fromStatus'",
      to_status: "d ->> 'toStatus'",
      data: "d -> 'data'",
    },
  },
];

/**
 * Loads a whole marketplace (for example the model's `generateDemoMarketplace()`) in one
 * transaction, in batched multi-row INSERTs: every entity is validated by the model first
 * (`invalid_input` with JSON paths such as `$.services[12].price`), and a failure at any point
 * (a constraint, a crash, a killed process) leaves nothing of the import in the database.
 *
 * @example
 * ```ts
 * import { generateDemoMarketplace } from '@civicblocks/marketplace';
 * import { importMarketplace, openMarketplaceStore } from '@civicblocks/marketplace-store';
 *
 * const store = await openMarketplaceStore();
 * const report = await importMarketplace(store.database, generateDemoMarketplace({ suppliers: 50, opportunities: 70 }));
 * console.log(report.opportunities); // 70
 * ```
 * @since 0.1.0
 */
export async function importMarketplace(database: Database, marketplace: Marketplace, options: ImportOptions = {}): Promise<ImportReport> {
  const batchSize = options.batchSize ?? 2000;
  const findings: Finding[] = [];
  for (const { kind, definition } of tables) {
    const items = marketplace[kind] as readonly unknown[];
    items.forEach((item, index) => {
      if (findings.length >= 100 || definition.is(item)) return;
      for (const finding of definition.findings(item)) findings.push({ ...finding, path: `$.${kind}[${index}]${finding.path.slice(1)}` });
    });
  }
  if (findings.length > 0) {
    const [first] = findings;
    throw new StoreError('invalid_input', `The marketplace to import is invalid: ${first?.message ?? ''}`, { jsonPath: first?.path ?? '$' }, { findings: findings.map(({ code, path, message }) => ({ code, path, message })) });
  }
  const report: Partial<Record<ImportedKind, number>> = {};
  let skipped = false;
  try {
    await database.transaction(async (tx) => {
      if (options.onlyIntoEmpty === true) {
        await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`civicblocks-marketplace-store:import:${database.schema}`]);
        const [row] = await tx.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM parties) OR EXISTS (SELECT 1 FROM opportunities) AS found');
        if (row?.found === true) {
          skipped = true;
          return;
        }
      }
      for (const { kind, table, columns } of tables) {
        const items = marketplace[kind] as readonly unknown[];
        for (let start = 0; start < items.length; start += batchSize) {
          const batch = items.slice(start, start + batchSize);
          await insertBatch(tx, table, columns, batch);
          options.onBatch?.(table, batch.length);
        }
        report[kind] = items.length;
      }
      // The opportunities' status is derived from their completed outcome.
      await tx.query('UPDATE opportunities o SET outcome_result = oc.result FROM outcomes oc WHERE oc.opportunity_id = o.id AND oc.completed');
    });
  } catch (error) {
    if (isStoreError(error)) throw error;
    const { code, constraint } = databaseErrorInfo(error);
    throw new StoreError('import_failed', `Import rolled back: ${(error as Error).message}`, {}, { findings: [{ code: code ?? 'database_error', path: constraint ?? '$', message: (error as Error).message }] }, { cause: error });
  }
  const counts = Object.fromEntries(tables.map(({ kind }) => [kind, skipped ? 0 : (report[kind] ?? 0)])) as Record<ImportedKind, number>;
  return { ...counts, skipped };
}

async function insertBatch(tx: SqlExecutor, table: string, columns: Readonly<Record<string, string>>, batch: readonly unknown[]): Promise<void> {
  const names = Object.keys(columns);
  const expressions = names.map((name) => columns[name]);
  await tx.query(`INSERT INTO ${table} (${names.join(', ')}) SELECT ${expressions.join(', ')} FROM jsonb_array_elements($1::text::jsonb) AS d`, [JSON.stringify(batch)]);
}
