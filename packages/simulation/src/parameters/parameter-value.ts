/**
 * A value a parameter can take at a date: a number, a boolean, a string or a list of values.
 * (`null` in a file means "no value from this date" and is never a value.)
 *
 * @since 0.1.0
 */
export type ParameterValue = number | boolean | string | readonly ParameterValue[];

/**
 * Free-form metadata from a parameter file (`unit`, `reference`, `label`, `threshold_unit`…),
 * as plain JSON.
 *
 * @since 0.1.0
 */
export type ParameterMetadata = Readonly<Record<string, unknown>>;

/**
 * Where something was written: the file and the 1-based line and column.
 *
 * @since 0.1.0
 */
export interface SourceLocation {
  /** Path of the file, as the loader was given it. */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

/**
 * What parameters, scales and nodes all carry: their place in the tree and their documentation.
 *
 * @since 0.1.0
 */
export interface ParameterDocumentation {
  /** Dotted name from the root, for example `taxes.income_tax_rate`; `''` for the root. */
  readonly id: string;
  /** Last segment of the id: the file or key name. */
  readonly name: string;
  /** One-line description. */
  readonly description?: string | undefined;
  /** Longer documentation. */
  readonly documentation?: string | undefined;
  /** Metadata (unit, reference…); `unit` and `reference` written beside `values:` are folded in. */
  readonly metadata: ParameterMetadata;
  /** Where it was written. */
  readonly source?: SourceLocation | undefined;
}

/** Describes a value for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** The documentation fields of a parameter, scale or node, to rebuild a changed copy. */
export function documentationFields(item: ParameterDocumentation): Omit<ParameterDocumentation, 'name'> {
  return { id: item.id, description: item.description, documentation: item.documentation, metadata: item.metadata, source: item.source };
}
