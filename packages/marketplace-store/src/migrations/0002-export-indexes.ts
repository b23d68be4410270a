import type { Migration } from './migration.js';

/**
 * Indexes the OCDS export needs to read a page's outcomes without scanning them all: the
 * unique index of 0001 covers completed outcomes only.
 */
export const exportIndexesMigration: Migration = {
  name: '0002-export-indexes',
  sql: `
CREATE INDEX outcomes_opportunity ON outcomes (opportunity_id, completed, created_at);
`,
};
