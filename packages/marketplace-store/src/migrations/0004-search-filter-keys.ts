import type { Migration } from './migration.js';

/**
 * The same covering keys as `0003-search-keys` for searches filtered by location or lot: an
 * index ordered by the filter, then the keyset, carrying the columns the other conditions and
 * the full-text match read, so that a search in one location scans that location's live
 * opportunities in the index alone (a phrase or an excluded word then costs a fraction of a
 * millisecond instead of a visit to the table per candidate). They replace the indexes of
 * `0001-entities` with the same keys and predicate.
 */
export const searchFilterKeysMigration: Migration = {
  name: '0004-search-filter-keys',
  sql: `
CREATE INDEX opportunities_live_location_keys ON opportunities (location, closes_at, id) INCLUDE (published_at, lot_slug, search)
  WHERE published_at IS NOT NULL AND withdrawn_at IS NULL AND outcome_result IS NULL;
DROP INDEX opportunities_open_location;
CREATE INDEX opportunities_live_lot_keys ON opportunities (lot_slug, closes_at, id) INCLUDE (published_at, location, search)
  WHERE published_at IS NOT NULL AND withdrawn_at IS NULL AND outcome_result IS NULL;
DROP INDEX opportunities_open_lot;
CREATE INDEX services_published_lot_keys ON services (lot_slug, name, id) INCLUDE (framework_id, supplier_id, search) WHERE status = 'published';
DROP INDEX services_published_lot;
`,
};
