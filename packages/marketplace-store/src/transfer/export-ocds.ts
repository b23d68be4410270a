import {
  latestOpportunityRelease,
  opportunityReleases,
  releasePackage,
  type ExportContext,
  type OcdsRelease,
  type OcdsReleasePackage,
  type Opportunity,
  type OpportunityBundle,
  type Outcome,
  type Question,
  type Response,
} from '@civicblocks/marketplace';
import { auditJsonColumns, toAuditEvent, type AuditRow } from '../internal/audit-rows.js';
import { StoreError } from '../errors/store-error.js';
import { Conditions, decodeCursor, encodeCursor } from '../internal/cursor.js';
import { exportCacheOf } from '../internal/export-cache.js';
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
  /** Opportunities per page, 1 to 5 000; default 100 (2 000 for {@link exportAllReleases}). */
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

/** The most opportunities one page may hold. */
const maxPageSize = 5000;

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
  return releasesOf(await fetchPage(store, checkedQuery(query)), query.latestOnly === true);
}

/** A page of opportunities with every row their releases are built from. */
interface FetchedPage {
  readonly bundles: readonly OpportunityBundle[];
  readonly context: ExportContext;
  readonly next: string | null;
}

function checkedQuery(query: ReleaseQuery): ReleaseQuery & { readonly limit: number } {
  const limit = query.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > maxPageSize) {
    throw new StoreError('invalid_input', `A page holds 1 to ${maxPageSize} opportunities`, { jsonPath: '$.limit' }, { findings: [{ code: 'invalid_limit', path: '$.limit', message: `limit must be an integer from 1 to ${maxPageSize}, not ${limit}` }] });
  }
  if (query.since !== undefined) checkedMoment(query.since, '$.since');
  if (query.until !== undefined) checkedMoment(query.until, '$.until');
  if (query.after !== undefined) decodeCursor(query.after, 2);
  return { ...query, limit };
}

/**
 * Reads a page in two round trips: the opportunities by keyset on (updated_at, id) with their
 * related rows, then the parties they name (no query per opportunity). Parties, frameworks and
 * lots come through the store's export cache.
 */
async function fetchPage(store: MarketplaceStore, query: ReleaseQuery & { readonly limit: number }): Promise<FetchedPage> {
  const where = new Conditions();
  if (query.since !== undefined) where.add('updated_at >= ?::timestamptz', query.since);
  if (query.until !== undefined) where.add('updated_at < ?::timestamptz', query.until);
  if (query.after !== undefined) {
    const [updatedAt, id] = decodeCursor(query.after, 2);
    where.add('(updated_at, id) > (?::timestamptz, ?)', updatedAt, id);
  }
  const database = store.database;
  const cache = exportCacheOf(store);
  // One statement: each opportunity with its questions, responses, outcome and audit rows as
  // one JSON value, built by the database from index lookups; one row (and one parse) per
  // opportunity instead of one per related row.
  const [rows, references] = await Promise.all([
    database.query<{ bundle: StoredBundle; updated_key: string }>(
      `SELECT o.updated_at::text AS updated_key, json_build_object(
         'opportunity', o.document,
         'questions', coalesce((SELECT json_agg(q.document ORDER BY q.asked_at, q.id) FROM questions q WHERE q.opportunity_id = o.id), '[]'::json),
         'responses', coalesce((SELECT json_agg(r.document ORDER BY r.created_at, r.id) FROM responses r WHERE r.opportunity_id = o.id), '[]'::json),
         'outcome', (SELECT x.document FROM outcomes x WHERE x.opportunity_id = o.id ORDER BY x.completed DESC, x.created_at LIMIT 1),
         'events', coalesce((SELECT json_agg(json_build_object(${auditJsonColumns}) ORDER BY a.seq) FROM audit_events a WHERE a.object_kind = 'opportunity' AND a.object_id = o.id), '[]'::json)
       ) AS bundle
       FROM opportunities o ${where.where} ORDER BY o.updated_at, o.id LIMIT ${where.param(query.limit + 1)}`,
      where.params,
    ),
    cache.references(database),
  ]);
  const page = rows.slice(0, query.limit);
  const partyIds = new Set<string>();
  const bundles: OpportunityBundle[] = [];
  for (const { bundle } of page) {
    partyIds.add(bundle.opportunity.buyerId);
    for (const response of bundle.responses) partyIds.add(response.supplierId);
    for (const question of bundle.questions) partyIds.add(question.supplierId);
    if (bundle.outcome?.award !== undefined) partyIds.add(bundle.outcome.award.supplierId);
    bundles.push({
      opportunity: bundle.opportunity,
      questions: bundle.questions,
      responses: bundle.responses,
      ...(bundle.outcome === null ? {} : { outcome: bundle.outcome }),
      auditEvents: bundle.events.map(toAuditEvent),
    });
  }
  const parties = await cache.parties(database, [...partyIds]);
  const context: ExportContext = { config: store.government, now: store.now(), frameworks: references.frameworks, lots: references.lots, parties };
  const last = page.at(-1);
  return { bundles, context, next: rows.length > query.limit && last !== undefined ? encodeCursor([last.updated_key, last.bundle.opportunity.id]) : null };
}

/** An opportunity and its related rows as the export's statement returns them. */
interface StoredBundle {
  readonly opportunity: Opportunity;
  readonly questions: Question[];
  readonly responses: Response[];
  readonly outcome: Outcome | null;
  readonly events: readonly AuditRow[];
}

function releasesOf(fetched: FetchedPage, latestOnly: boolean): ReleasePage {
  const releases: OcdsRelease[] = [];
  for (const bundle of fetched.bundles) {
    if (latestOnly) releases.push(latestOpportunityRelease(bundle, fetched.context));
    else for (const release of opportunityReleases(bundle, fetched.context)) releases.push(release);
  }
  return { releases, context: fetched.context, next: fetched.next };
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
 * Every release in the store, page after page, for exports of any size. The next page is read
 * from the database while the current one is turned into releases, so that the database and
 * the mapping work at the same time; parties, frameworks and lots are read once and reused
 * while unchanged.
 *
 * @since 0.1.0
 */
export async function* exportAllReleases(store: MarketplaceStore, query: Omit<ReleaseQuery, 'after'> = {}): AsyncGenerator<OcdsRelease> {
  const checked = checkedQuery({ ...query, limit: query.limit ?? 2000 });
  let pending: Promise<FetchedPage> | undefined = fetchPage(store, checked);
  try {
    while (pending !== undefined) {
      const fetched: FetchedPage = await pending;
      pending = fetched.next === null ? undefined : fetchPage(store, { ...checked, after: fetched.next });
      yield* releasesOf(fetched, query.latestOnly === true).releases;
    }
  } finally {
    // A consumer that stops early leaves the prefetched page unread: settle it quietly.
    pending?.catch(() => undefined);
  }
}

function checkedMoment(value: string, path: string): string {
  if (!moment.test(value) || Number.isNaN(Date.parse(value))) {
    throw new StoreError('invalid_input', `Invalid ${path.slice(2)}: write a date or an ISO 8601 moment`, { jsonPath: path }, { findings: [{ code: 'invalid_date', path, message: 'Write a date (YYYY-MM-DD) or a moment in ISO 8601 (2026-03-02T09:00:00Z)' }] });
  }
  return value;
}
