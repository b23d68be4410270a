export type { Database, DatabaseOptions, DriverName, SqlExecutor } from './database/database.js';
export { openDatabase } from './database/open-database.js';
export { openPgliteDatabase, type PgliteDatabaseOptions } from './database/pglite-database.js';
export { openPostgresDatabase, type PostgresDatabaseOptions } from './database/postgres-database.js';
export { storeErrorCatalogue, type StoreErrorCatalogueEntry, type StoreErrorCode } from './errors/catalogue.js';
export { StoreError, isStoreError, type StoreErrorDetails, type StoreErrorFinding, type StoreErrorLocation } from './errors/store-error.js';
export { migrate, type MigrationReport } from './migrations/migrate.js';
export { marketplaceMigrations } from './migrations/marketplace-migrations.js';
export { migrationChecksum, type Migration } from './migrations/migration.js';
