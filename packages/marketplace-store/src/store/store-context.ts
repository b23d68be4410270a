import type { Finding, GovernmentConfig } from '@civicblocks/marketplace';
import type { Database } from '../database/database.js';

/**
 * What a framework × lot content check is asked to validate: the `data` bag of a service,
 * opportunity, response or declaration, in full (not as a draft).
 *
 * @since 0.1.0
 */
export interface ContentSubject {
  /** Kind of object whose answers these are. */
  readonly kind: 'service' | 'opportunity' | 'response' | 'declaration';
  /** The framework. */
  readonly frameworkId: string;
  /** The lot, except for declarations. */
  readonly lotSlug?: string | undefined;
  /** The answers. */
  readonly data: Readonly<Record<string, unknown>>;
}

/**
 * Validates framework-specific answers in full; the findings feed the `contentComplete` guards.
 *
 * @since 0.1.0
 */
export type ContentCheck = (subject: ContentSubject) => readonly Finding[];

/** Shared by the repositories of one store. */
export interface StoreContext {
  readonly database: Database;
  readonly government: GovernmentConfig;
  readonly now: () => string;
  readonly contentCheck: ContentCheck;
}
