/**
 * A value of the source document that has no place in the target format.
 *
 * @since 0.1.0
 */
export interface NotCarried {
  /** Dotted key in the source (`logo`, `description.en.screenshots`). */
  readonly key: string;
  /** Why it could not be carried over. */
  readonly reason: string;
}

/**
 * The outcome of a conversion: the target document, what the source had that the target
 * cannot hold, and the target's required fields the source cannot fill.
 *
 * @since 0.1.0
 */
export interface Conversion<T> {
  /** The converted document. */
  readonly output: T;
  /** Source keys left behind, with the reason. */
  readonly notCarried: readonly NotCarried[];
  /** Required target fields that stay empty (fill them with the `defaults` option). */
  readonly missing: readonly string[];
}

/** Every dotted key of a value that holds something, for the "not carried" report. */
export function presentKeys(value: unknown, prefix = ''): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.length === 0 ? [] : [prefix];
  if (typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) => presentKeys(child, prefix === '' ? key : `${prefix}.${key}`));
}
