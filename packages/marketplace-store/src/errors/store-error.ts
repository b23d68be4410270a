import { storeErrorCatalogue, type StoreErrorCode } from './catalogue.js';

/**
 * Where a store error comes from. Each error fills in what it knows.
 *
 * @since 0.1.0
 */
export interface StoreErrorLocation {
  /** The kind of object concerned, for example `opportunity`. */
  readonly entity?: string;
  /** Identifier of the object concerned. */
  readonly id?: string;
  /** Name of the migration concerned, for example `0001-entities`. */
  readonly migration?: string;
  /** JSON path inside a request body or imported document, for example `/title`. */
  readonly jsonPath?: string;
}

/**
 * One finding of a validator, carried by `invalid_input` errors and returned in 400 responses.
 *
 * @since 0.1.0
 */
export interface StoreErrorFinding {
  /** Stable code of the rule broken, for example `answer_required`. */
  readonly code: string;
  /** JSON pointer to the offending value. */
  readonly path: string;
  /** What is wrong, for a person. */
  readonly message: string;
}

/**
 * Details that come with some codes.
 *
 * @since 0.1.0
 */
export interface StoreErrorDetails {
  /** For `illegal_transition`: the lifecycle guard's stable code, for example `not_live`. */
  readonly guardCode?: string;
  /** For `illegal_transition` and `concurrent_modification`: the status the object was in. */
  readonly status?: string;
  /** For `invalid_input`: what the validator found. */
  readonly findings?: readonly StoreErrorFinding[];
}

/**
 * The one error class of the store: a code from {@link storeErrorCatalogue}, a message a person
 * can act on, the location and, for some codes, details such as the guard's code.
 *
 * @example
 * ```ts
 * import { StoreError } from '@civicblocks/marketplace-store';
 *
 * try {
 *   await store.opportunities.transition('opp-1', 'close', { actor: 'buyer-1' });
 * } catch (error) {
 *   if (error instanceof StoreError && error.code === 'illegal_transition') {
 *     console.log(error.details.guardCode); // for example 'not_live'
 *   }
 * }
 * ```
 * @since 0.1.0
 */
export class StoreError extends Error {
  /** Tag that identifies the error family without `instanceof` across package copies. */
  readonly _tag = 'StoreError' as const;
  /** Stable code, a key of {@link storeErrorCatalogue}. */
  readonly code: StoreErrorCode;
  /** What to do about it. */
  readonly hint: string;
  /** Where the problem is. */
  readonly location: StoreErrorLocation;
  /** Code-specific details. */
  readonly details: StoreErrorDetails;

  constructor(code: StoreErrorCode, message: string, location: StoreErrorLocation = {}, details: StoreErrorDetails = {}, options?: ErrorOptions) {
    super(withLocation(message, location), options);
    this.name = 'StoreError';
    this.code = code;
    this.hint = storeErrorCatalogue[code].hint;
    this.location = location;
    this.details = details;
  }

  /** The HTTP status the REST API answers with for this error. */
  get status(): StoreErrorCatalogueEntryStatus {
    return storeErrorCatalogue[this.code].status;
  }
}

type StoreErrorCatalogueEntryStatus = (typeof storeErrorCatalogue)[StoreErrorCode]['status'];

/**
 * Whether a value is a {@link StoreError}, also across two copies of the package.
 *
 * @since 0.1.0
 */
export function isStoreError(value: unknown): value is StoreError {
  return value instanceof StoreError || (typeof value === 'object' && value !== null && (value as { _tag?: unknown })._tag === 'StoreError');
}

function withLocation(message: string, location: StoreErrorLocation): string {
  const where = [
    location.entity !== undefined ? `${location.entity}${location.id !== undefined ? ` ${location.id}` : ''}` : undefined,
    location.migration !== undefined ? `migration ${location.migration}` : undefined,
    location.jsonPath !== undefined ? `at ${location.jsonPath}` : undefined,
  ].filter((part) => part !== undefined);
  return where.length > 0 ? `${message} (${where.join(', ')})` : message;
}
