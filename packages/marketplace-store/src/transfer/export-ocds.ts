import {
  latestOpportunityRelease,
  opportunityReleases,
  releasePackage,
  type AuditEvent,
  type ExportContext,
  type Framework,
  type Lot,
  type OcdsRelease,
  type OcdsReleasePackage,
  type Opportunity,
  type OpportunityBundle,
  type Outcome,
  type Party,
  type Question,
  type Response,
} from '@civicblocks/marketplace';
import { auditColumns, toAuditEvent, type AuditRow } from '../internal/audit-rows.js';
import { StoreError } from '../errors/store-error.js';
import { Conditions, decodeCursor, encodeCursor } from '../internal/cursor.js';
import type { MarketplaceStore } from '../store/marketplace-store.js';

/**
 * Which releases to export, and how many opportunities per page.
 *
 * @since 0.1.0
 */
export interface ReleaseQuery {
  /** Only opportunities changed at or after this moment (ISO 8601). */
  readonly since?: string | undefined;
  /** Only opportunities changed before this moment (ISO 8601). */
  readonly until?: string | undefined;
  /** Opportunities per page, 1 to 1 000; default 100. */
  readonly limit?: number | undefined;
  /** The `next` cursor of the previous page. */
  readonly after?: string | undefined;
  /** Only the latest release of each opportunity rather than its whole history. */
  readonly latestOnly?: boolean | undefined;
}

/**
 * One page of an export: the releases of up to `limit` opportunities, ordered by the moment
 * they last changed, and the cursor of the next page.
 *
 * @since 0.1.0
 */
export interface ReleasePage {
  /** The releases, through the model's OCDS mapping. */
  readonly releases: readonly OcdsRelease[];
  /** The context the releases were built in (government, frameworks, parties). */
  readonly context: ExportContext;
  /** Pass it as `after` for the next page; `null` on the last page. */
  readonly next: string | null;
}

const moment = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Reads one page of opportunities changed in a date range, with their questions, responses,
 * outcomes, audit events, parties, frameworks and lots, and turns each into OCDS releases with
 * the model's mapping (`opportunityReleases`). Pages follow an index on the moment of the last
 * change, so that consumers can fetch "everything since" and resume with the cursor.
 *
 * @example
 * ```ts
 * const page = await exportReleasePage(store, { since: '2026-06-01', limit: 500 });
 * console.log(page.releases[0]?.ocid); // 'ocds-cbuk01-opp-0000001'
 * ```
 * @since 0.1.0
 */
export async function exportReleasePage(store: MarketplaceStore, query: ReleaseQuery = {}): Promise<ReleasePage> {
  const limit = query.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new StoreError('invalid_input', 'A page holds 1 to 1 000 opportunities', { jsonPath: '$.limit' }, { findings: [{ code: 'invalid_limit', path: '$.limit', message: `limit must be an integer from 1 to 1000, not ${limit}` }] });
  }
  const where = new Conditions();
  if (query.since !== undefined) where.add('updated_at >= ?::timestamptz', checkedMoment(query.since, '$.since'));
  if (query.until !== undefined) where.add('updated_at < ?::timestamptz', checkedMoment(query.until, '$.until'));
  if (query.after !== undefined) {
    const [updatedAt, id] = decodeCursor(query.after, 2);
    where.add('(updated_at, id) > (?::timestamptz, ?)', updatedAt, id);
  }
  const database = store.database;
  const rows = await database.query<{ document: Opportunity; updated_key: string }>(
    `SELECT document, updated_at::text AS updated_key FROM opportunities ${where.where} ORDER BY updated_at, id LIMIT ${where.param(limit + 1)}`,
    where.params,
  );
  const page = rows.slice(0, limit);
  const ids = page.map((row) => row.document.id);
  const [questions, responses, outcomes, events] = await Promise.all([
    database.query<{ document: Question }>('SELECT document FROM questions WHERE opportunity_id = ANY($1::text[]) ORDER BY asked_at, id', [ids]),
    database.query<{ document: Response }>('SELECT document FROM responses WHERE opportunity_id = ANY($1::text[]) ORDER BY created_at, id', [ids]),
    database.query<{ document: Outcome }>('SELECT document FROM outcomes WHERE opportunity_id = ANY($1::text[]) ORDER BY completed DESC, created_at', [ids]),
    database.query<AuditRow>(`SELECT ${auditColumns} FROM audit_events WHERE object_kind = 'opportunity' AND object_id = ANY($1::text[]) ORDER BY seq`, [ids]),
  ]);
  const partyIds = new Set<string>();
  for (const row of page) partyIds.add(row.document.buyerId);
  for (const row of responses) partyIds.add(row.document.supplierId);
  for (const row of questions) partyIds.add(row.document.supplierId);
  for (const row of outcomes) if (row.document.award !== undefined) partyIds.add(row.document.award.supplierId);
  const [parties, frameworks, lots] = await Promise.all([
    database.query<{ document: Party }>('SELECT document FROM parties WHERE id = ANY($1::text[])', [[...partyIds]]),
    database.query<{ document: Framework }>('SELECT document FROM frameworks'),
    database.query<{ document: Lot }>('SELECT document FROM lots'),
  ]);
  const context: ExportContext = {
    config: store.government,
    now: store.now(),
    frameworks: new Map(frameworks.map((row) => [row.document.id, row.document])),
    lots: new Map(lots.map((row) => [`${row.document.frameworkId}/${row.document.slug}`, row.document])),
    parties: new Map(parties.map((row) => [row.document.id, row.document])),
  };
  const byOpportunity = <T extends { opportunityId?: string | undefined }>(items: readonly T[]): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      if (item.opportunityId === undefined) continue;
      const list = map.get(item.opportunityId);
      if (list === undefined) map.set(item.opportunityId, [item]);
      else list.push(item);
    }
    return map;
  };
  const questionsOf = byOpportunity(questions.map((row) => row.document));
  const responsesOf = byOpportunity(responses.map((row) => row.document));
  const outcomesOf = byOpportunity(outcomes.map((row) => row.document));
  const eventsOf = new Map<string, AuditEvent[]>();
  for (const row of events) {
    const list = eventsOf.get(row.object_id) ?? [];
    list.push(toAuditEvent(row));
    eventsOf.set(row.object_id, list);
  }
  const releases: OcdsRelease[] = [];
  for (const { document: opportunity } of page) {
    const outcome = outcomesOf.get(opportunity.id)?.[0];
    const bundle: OpportunityBundle = {
      opportunity,
      questions: questionsOf.get(opportunity.id) ?? [],
      responses: responsesOf.get(opportunity.id) ?? [],
      ...(outcome === undefined ? {} : { outcome }),
      auditEvents: eventsOf.get(opportunity.id) ?? [],
    };
    if (query.latestOnly === true) releases.push(latestOpportunityRelease(bundle, context));
    else releases.push(...opportunityReleases(bundle, context));
  }
  const last = page.at(-1);
  return { releases, context, next: rows.length > limit && last !== undefined ? encodeCursor([last.updated_key, last.document.id]) : null };
}

/**
 * A release package with the link to its next page.
 *
 * @since 0.1.0
 */
export type PagedReleasePackage = OcdsReleasePackage & {
  /** Present when there is a next page. */
  readonly links?: {
    /** The URL of the next page. */
    readonly next: string;
  };
};

/**
 * One page of {@link exportReleasePage} as an OCDS 1.1 release package (lots extension
 * declared), with `links.next` when there is a next page.
 *
 * @since 0.1.0
 */
export async function exportReleasePackagePage(store: MarketplaceStore, query: ReleaseQuery & { readonly uri?: string | undefined; readonly nextUri?: (cursor: string) => string }): Promise<PagedReleasePackage> {
  const page = await exportReleasePage(store, query);
  const releasePackage_ = releasePackage(page.releases, page.context, query.uri === undefined ? {} : { uri: query.uri });
  return page.next === null || query.nextUri === undefined ? releasePackage_ : { ...releasePackage_, links: { next: query.nextUri(page.next) } };
}

/**
 * Every release in the store, page after page, for exports of any size.
 *
 * @since 0.1.0
 */
export async function* exportAllReleases(store: MarketplaceStore, query: Omit<ReleaseQuery, 'after'> = {}): AsyncGenerator<OcdsRelease> {
  let after: string | undefined;
  do {
    const page = await exportReleasePage(store, { ...query, limit: query.limit ?? 1000, ...(after === undefined ? {} : { after }) });
    yield* page.releases;
    after = page.next ?? undefined;
  } while (after !== undefined);
}

function checkedMoment(value: string, path: string): string {
  if (!moment.test(value) || Number.isNaN(Date.parse(value))) {
    throw new StoreError('invalid_input', `Invalid ${path.slice(2)}: write a date or an ISO 8601 moment`, { jsonPath: path }, { findings: [{ code: 'invalid_date', path, message: 'Write a date (YYYY-MM-DD) or a moment in ISO 8601 (2026-03-02T09:00:00Z)' }] });
  }
  return value;
}
