import type { Migration } from './migration.js';

/**
 * Search reads a page's keys from an index alone. Each index is ordered by the search's keyset
 * (closing moment or name, then id) and carries the columns the filters and the full-text
 * match read, the `tsvector` included, so that finding the 21 rows of a page is an index-only
 * scan that stops at the 21st match, and only those rows' documents are read. The GIN indexes
 * stay for rare words. The indexes they supersede (same keys, same predicate) are dropped, so
 * that writes maintain no more indexes than before.
 */
export const searchKeysMigration: Migration = {
  name: '0003-search-keys',
  sql: `
CREATE INDEX opportunities_live_keys ON opportunities (closes_at, id) INCLUDE (published_at, lot_slug, location, framework_id, buyer_id, search)
  WHERE published_at IS NOT NULL AND withdrawn_at IS NULL AND outcome_result IS NULL;
DROP INDEX opportunities_open_order;
CREATE INDEX services_published_keys ON services (name, id) INCLUDE (lot_slug, framework_id, supplier_id, search) WHERE status = 'published';
DROP INDEX services_published_order;
`,
};
