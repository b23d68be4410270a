/**
 * What the catalogue says about one error code.
 *
 * @since 0.1.0
 */
export interface StoreErrorCatalogueEntry {
  /** Short title, used as the heading in the docs. */
  readonly title: string;
  /** What a person should do about it. */
  readonly hint: string;
  /** The HTTP status the REST API answers with. */
  readonly status: 400 | 404 | 409 | 500 | 503;
}

/**
 * The stable code of a store error. Codes never change once released: callers, tests and the
 * REST API match on them rather than on wording.
 *
 * @since 0.1.0
 */
export type StoreErrorCode =
  | 'invalid_database_url'
  | 'database_unavailable'
  | 'migration_checksum_mismatch'
  | 'migration_unknown'
  | 'migration_failed'
  | 'not_found'
  | 'invalid_input'
  | 'illegal_transition'
  | 'concurrent_modification'
  | 'already_awarded'
  | 'duplicate'
  | 'import_failed';

/**
 * Every error the store can raise, as data: a title for the docs, a hint that tells a person
 * what to do, and the HTTP status the REST API uses for it.
 *
 * @since 0.1.0
 */
export const storeErrorCatalogue: Readonly<Record<StoreErrorCode, StoreErrorCatalogueEntry>> = {
  invalid_database_url: {
    title: 'Invalid database URL',
    hint: 'Give a URL such as postgres://user@127.0.0.1:5432/database, or no URL to use the embedded PGlite database.',
    status: 500,
  },
  database_unavailable: {
    title: 'Database unavailable',
    hint: 'Check that the PostgreSQL server is running and reachable at DATABASE_URL, or that the PGlite data folder is writable and not open in another process.',
    status: 503,
  },
  migration_checksum_mismatch: {
    title: 'Applied migration changed',
    hint: 'Migrations are forward-only: restore the applied migration’s original SQL and add a new migration for the change.',
    status: 500,
  },
  migration_unknown: {
    title: 'Database is newer than the code',
    hint: 'The database holds a migration this version does not know: upgrade @civicblocks/marketplace-store or point it at another database.',
    status: 500,
  },
  migration_failed: {
    title: 'Migration failed',
    hint: 'The migration was rolled back and nothing of it was applied; the cause says which statement failed.',
    status: 500,
  },
  not_found: {
    title: 'Not found',
    hint: 'Check the identifier; objects are never deleted, so an unknown identifier was never stored here.',
    status: 404,
  },
  invalid_input: {
    title: 'Invalid input',
    hint: 'Correct the fields listed in the findings; each finding names its JSON path and the rule it breaks.',
    status: 400,
  },
  illegal_transition: {
    title: 'Illegal transition',
    hint: 'The lifecycle rules refuse this change in the object’s current state; the guard code says why. Nothing was written.',
    status: 409,
  },
  concurrent_modification: {
    title: 'Changed by someone else',
    hint: 'Another change to this object committed first. Read it again and retry if the change still makes sense.',
    status: 409,
  },
  already_awarded: {
    title: 'Opportunity already awarded',
    hint: 'An opportunity has at most one awarded response; this one already has it.',
    status: 409,
  },
  duplicate: {
    title: 'Duplicate',
    hint: 'An object with the same identifier, slug or scheme identifier already exists.',
    status: 409,
  },
  import_failed: {
    title: 'Import failed',
    hint: 'The import was rolled back as a whole: the database holds none of it. Fix the cause and import again.',
    status: 500,
  },
};
