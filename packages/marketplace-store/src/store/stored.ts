/**
 * An entity as the store holds it: the model's entity, its status now (derived from
 * timestamps where the model derives it) and its version, which counts committed changes and
 * guards against lost updates (pass it back as `expectedVersion`).
 *
 * @since 0.1.0
 */
export interface Stored<T, S extends string = string> {
  /** The entity, exactly as the model defines it. */
  readonly entity: T;
  /** Status now. */
  readonly status: S;
  /** Number of committed changes, from 1. */
  readonly version: number;
}

/**
 * Who makes a change, and which version they saw.
 *
 * @since 0.1.0
 */
export interface ChangeOptions {
  /** The user acting, recorded in the audit event; `null` or absent for the system. */
  readonly actorId?: string | null | undefined;
  /**
   * The version the caller read. When given and the object has changed since, the change fails
   * with `concurrent_modification` and nothing is written.
   */
  readonly expectedVersion?: number | undefined;
}

/**
 * One page of results and the cursor of the next page.
 *
 * @since 0.1.0
 */
export interface Page<T> {
  /** The results, in the search's order. */
  readonly items: readonly T[];
  /** Pass it as `after` to get the next page; `null` on the last page. */
  readonly next: string | null;
}
