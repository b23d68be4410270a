import { opportunityStatuses, type Opportunity, type OpportunityStatus } from '@civicblocks/marketplace';
import type { Database } from '../database/database.js';
import { StoreError } from '../errors/store-error.js';
import { Conditions, decodeCursor, encodeCursor, pageSize } from '../internal/cursor.js';
import { pageKeysQuery } from '../internal/page-keys.js';
import type { Page, Stored } from '../store/stored.js';

/**
 * A search of opportunities. Every field is optional; `text` is matched with PostgreSQL
 * full-text search (web-search syntax) on the title and summary and is never SQL.
 *
 * @since 0.1.0
 */
export interface OpportunitySearch {
  /** Words to find in the title and summary. */
  readonly text?: string | undefined;
  /** Only opportunities on this lot. */
  readonly lotSlug?: string | undefined;
  /** Only opportunities on this framework. */
  readonly frameworkId?: string | undefined;
  /** Only opportunities at this location (exact, as the government's locations list spells it). */
  readonly location?: string | undefined;
  /** Only this buyer's opportunities. */
  readonly buyerId?: string | undefined;
  /** Status now; default `live`. */
  readonly status?: OpportunityStatus | undefined;
  /** Only opportunities closing at or after this moment (ISO 8601). */
  readonly closesFrom?: string | undefined;
  /** Only opportunities closing before this moment (ISO 8601). */
  readonly closesBefore?: string | undefined;
  /** Results per page, 1 to 500; default 20. */
  readonly limit?: number | undefined;
  /** The `next` cursor of the previous page. */
  readonly after?: string | undefined;
}

const moment = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Opportunities matching the search, ordered by closing moment (soonest first) then id; drafts,
 * which have no closing moment, come last.
 */
export async function searchOpportunities(database: Database, search: OpportunitySearch, now: string): Promise<Page<Stored<Opportunity, OpportunityStatus>>> {
  const limit = pageSize(search.limit);
  const status = search.status ?? 'live';
  if (!(opportunityStatuses as readonly string[]).includes(status)) {
    throw invalid('$.status', 'not_in_options', `status must be one of ${opportunityStatuses.join(', ')}`);
  }
  const where = new Conditions();
  if (status === 'live') {
    // Literal conditions matching the partial indexes' predicate, then the moment's range.
    where.add('published_at IS NOT NULL AND withdrawn_at IS NULL AND outcome_result IS NULL');
    where.add('published_at <= ? AND closes_at > ?', now, now);
  } else {
    where.add('opportunity_status(published_at, closes_at, withdrawn_at, outcome_result, ?) = ?', now, status);
  }
  const hasText = search.text !== undefined && search.text.trim() !== '';
  if (hasText) where.add("search @@ websearch_to_tsquery('english', ?)", search.text);
  if (search.lotSlug !== undefined) where.add('lot_slug = ?', search.lotSlug);
  if (search.frameworkId !== undefined) where.add('framework_id = ?', search.frameworkId);
  if (search.location !== undefined) where.add('location = ?', search.location);
  if (search.buyerId !== undefined) where.add('buyer_id = ?', search.buyerId);
  if (search.closesFrom !== undefined) where.add('closes_at >= ?', checkedMoment(search.closesFrom, '$.closesFrom'));
  if (search.closesBefore !== undefined) where.add('closes_at < ?', checkedMoment(search.closesBefore, '$.closesBefore'));
  if (search.after !== undefined) {
    const [closesAt, id] = decodeCursor(search.after, 2);
    if (closesAt === null) where.add('closes_at IS NULL AND id > ?', id);
    else if (status === 'live') where.add('(closes_at, id) > (?::timestamptz, ?)', closesAt, id);
    else where.add('(closes_at > ?::timestamptz OR (closes_at = ?::timestamptz AND id > ?) OR closes_at IS NULL)', closesAt, closesAt, id);
  }
  // Two steps: the page's keys from the filter and keyset columns alone (for live
  // opportunities an index-only scan of opportunities_live_keys, which carries the tsvector and
  // the filter columns) or, for rare words, from the text index, then the documents of those
  // rows only.
  const keys = pageKeysQuery('opportunities', 'id, closes_at', where, 'closes_at NULLS LAST, id', limit + 1, hasText);
  const rows = await database.query<{ document: Opportunity; version: number; status: OpportunityStatus; closes_key: string | null }>(
    `SELECT o.document, o.version, opportunity_status(o.published_at, o.closes_at, o.withdrawn_at, o.outcome_result, ${where.param(now)}) AS status, k.closes_at::text AS closes_key
     FROM (${keys}) k
     JOIN opportunities o ON o.id = k.id
     ORDER BY k.closes_at NULLS LAST, k.id`,
    where.params,
    { planEachTime: true },
  );
  const items = rows.slice(0, limit).map((row) => ({ entity: row.document, status: row.status, version: row.version }));
  const lastRow = rows.length > limit ? rows[limit - 1] : undefined;
  return { items, next: lastRow === undefined ? null : encodeCursor([lastRow.closes_key, lastRow.document.id]) };
}

function checkedMoment(value: string, path: string): string {
  if (!moment.test(value) || Number.isNaN(Date.parse(value))) throw invalid(path, 'invalid_date', 'Write a date (YYYY-MM-DD) or a moment in ISO 8601 (2026-03-02T09:00:00Z)');
  return value;
}

function invalid(path: string, code: string, message: string): StoreError {
  return new StoreError('invalid_input', `Invalid search: ${message}`, { jsonPath: path }, { findings: [{ code, path, message }] });
}
