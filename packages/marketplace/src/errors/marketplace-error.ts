import { errorCatalogue, type MarketplaceErrorCode } from './catalogue.js';

/**
 * Where an error comes from. Each error fills in what it knows.
 *
 * @since 0.1.0
 */
export interface ErrorLocation {
  /** Path of the source file. */
  readonly file?: string;
  /** 1-based line in `file`. */
  readonly line?: number;
  /** 1-based column in `file`. */
  readonly column?: number;
  /** JSON path inside the document or entity, for example `$.releases[3].tender.id`. */
  readonly jsonPath?: string;
  /** Kind of entity concerned, for example `opportunity`. */
  readonly entity?: string;
  /** Identifier of the entity concerned. */
  readonly id?: string;
}

/**
 * The one error class of the package: a code from {@link errorCatalogue}, a message a person
 * can act on, and where the mistake is. Illegal state transitions and failed guards are
 * `MarketplaceError`s too, with the state machine's name in {@link MarketplaceError.details}.
 *
 * @example
 * ```ts
 * import { MarketplaceError, opportunityMachine, applyTransition } from '@civicblocks/marketplace';
 *
 * try {
 *   applyTransition(opportunityMachine, 'draft', 'award', undefined as never);
 * } catch (error) {
 *   if (error instanceof MarketplaceError) console.log(error.code); // illegal_transition
 * }
 * ```
 * @since 0.1.0
 */
export class MarketplaceError extends Error {
  /** Tag that identifies the error family without `instanceof` across package copies. */
  readonly _tag = 'MarketplaceError' as const;
  /** Stable code, a key of {@link errorCatalogue}. */
  readonly code: MarketplaceErrorCode;
  /** What to do about it. */
  readonly hint: string;
  /** Where the mistake is. */
  readonly location: ErrorLocation;
  /** Structured facts about the error (machine, from, action, limits), for programs. */
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: MarketplaceErrorCode, message: string, location: ErrorLocation = {}, details: Readonly<Record<string, unknown>> = {}, options?: ErrorOptions) {
    super(withLocation(message, location), options);
    this.name = 'MarketplaceError';
    this.code = code;
    this.hint = errorCatalogue[code].hint;
    this.location = location;
    this.details = details;
  }
}

/**
 * Whether `value` is a {@link MarketplaceError}, also across two copies of the package.
 *
 * @since 0.1.0
 */
export function isMarketplaceError(value: unknown): value is MarketplaceError {
  return value instanceof MarketplaceError || (typeof value === 'object' && value !== null && (value as { _tag?: unknown })._tag === 'MarketplaceError');
}

function withLocation(message: string, location: ErrorLocation): string {
  const where: string[] = [];
  if (location.file !== undefined) {
    const position = location.line === undefined ? '' : `:${location.line}${location.column === undefined ? '' : `:${location.column}`}`;
    where.push(`${location.file}${position}`);
  }
  if (location.entity !== undefined) where.push(location.id === undefined ? location.entity : `${location.entity} ${location.id}`);
  if (location.jsonPath !== undefined) where.push(`at ${location.jsonPath}`);
  return where.length === 0 ? message : `${message} (${where.join(', ')})`;
}
