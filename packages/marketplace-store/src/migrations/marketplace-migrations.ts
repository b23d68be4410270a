import { entitiesMigration } from './0001-entities.js';
import { exportIndexesMigration } from './0002-export-indexes.js';
import { searchKeysMigration } from './0003-search-keys.js';
import { searchFilterKeysMigration } from './0004-search-filter-keys.js';
import type { Migration } from './migration.js';

/**
 * The store's migrations, in the order they apply. Append only: never edit or remove one that
 * has been released.
 *
 * @since 0.1.0
 */
export const marketplaceMigrations: readonly Migration[] = [entitiesMigration, exportIndexesMigration, searchKeysMigration, searchFilterKeysMigration];
