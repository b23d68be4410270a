import { serviceStatuses, type Service, type ServiceStatus } from '@civicblocks/marketplace';
import type { Database } from '../database/database.js';
import { StoreError } from '../errors/store-error.js';
import { Conditions, decodeCursor, encodeCursor, pageSize } from '../internal/cursor.js';
import { pageKeysQuery } from '../internal/page-keys.js';
import type { Page, Stored } from '../store/stored.js';

/**
 * A search of services. Every field is optional; `text` is matched with PostgreSQL full-text
 * search (web-search syntax: words, "quoted phrases", `or`, `-excluded`) and is never SQL.
 *
 * @since 0.1.0
 */
export interface ServiceSearch {
  /** Words to find in the name and description. */
  readonly text?: string | undefined;
  /** Only services on this lot. */
  readonly lotSlug?: string | undefined;
  /** Only services on this framework. */
  readonly frameworkId?: string | undefined;
  /** Only this supplier's services. */
  readonly supplierId?: string | undefined;
  /** Status; default `published`. */
  readonly status?: ServiceStatus | undefined;
  /** Results per page, 1 to 500; default 20. */
  readonly limit?: number | undefined;
  /** The `next` cursor of the previous page. */
  readonly after?: string | undefined;
}

/** Published services (or another status) matching the search, ordered by name then id. */
export async function searchServices(database: Database, search: ServiceSearch): Promise<Page<Stored<Service, ServiceStatus>>> {
  const limit = pageSize(search.limit);
  const status = search.status ?? 'published';
  if (!(serviceStatuses as readonly string[]).includes(status)) {
    throw new StoreError('invalid_input', `Unknown service status ${status}`, { jsonPath: '$.status' }, { findings: [{ code: 'not_in_options', path: '$.status', message: `status must be one of ${serviceStatuses.join(', ')}` }] });
  }
  const where = new Conditions();
  // A literal (checked above), so that the planner can use the partial indexes on published services.
  where.add(`status = '${status}'`);
  const hasText = search.text !== undefined && search.text.trim() !== '';
  if (hasText) where.add("search @@ websearch_to_tsquery('english', ?)", search.text);
  if (search.lotSlug !== undefined) where.add('lot_slug = ?', search.lotSlug);
  if (search.frameworkId !== undefined) where.add('framework_id = ?', search.frameworkId);
  if (search.supplierId !== undefined) where.add('supplier_id = ?', search.supplierId);
  if (search.after !== undefined) {
    const [name, id] = decodeCursor(search.after, 2);
    where.add('(name, id) > (?, ?)', name, id);
  }
  // Two steps: the page's keys from services_published_keys alone (an index-only scan that
  // matches the text on the tsvector it carries) or, for rare words, from the text index, then
  // the documents of those rows only.
  const rows = await database.query<{ document: Service; version: number }>(
    `SELECT s.document, s.version FROM (${pageKeysQuery('services', 'id, name', where, 'name, id', limit + 1, hasText)}) k
     JOIN services s ON s.id = k.id ORDER BY k.name, k.id`,
    where.params,
    { planEachTime: true },
  );
  const items = rows.slice(0, limit).map((row) => ({ entity: row.document, status: row.document.status, version: row.version }));
  const last = items.at(-1);
  return { items, next: rows.length > limit && last !== undefined ? encodeCursor([last.entity.name, last.entity.id]) : null };
}
