/**
 * Limits that keep hostile or broken input bounded in time and memory.
 *
 * @since 0.1.0
 */
export interface InputLimits {
  /** Largest input accepted, in bytes (default 8 MiB). */
  readonly maxBytes?: number;
  /** Deepest nesting of `[ ]` and `{ }` accepted (default 256). */
  readonly maxDepth?: number;
  /** Most alias expansions followed (default 1000): the guard against "billion laughs". */
  readonly maxAliases?: number;
}
