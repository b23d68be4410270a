import type { Instant } from '../periods/instant.js';
import { documentationFields, type ParameterDocumentation, type ParameterMetadata, type ParameterValue, type SourceLocation } from './parameter-value.js';
import type { ValueHistory } from './value-history.js';

/**
 * A parameter: one value that changes over time, such as a tax rate or a benefit amount.
 * Immutable; read it at a date with {@link Parameter.valueAt}.
 *
 * @since 0.1.0
 */
export class Parameter implements ParameterDocumentation {
  /** Tells parameters, scales and nodes apart. */
  readonly kind = 'parameter' as const;
  /** Dotted name from the root. */
  readonly id: string;
  /** Last segment of the id. */
  readonly name: string;
  /** One-line description. */
  readonly description: string | undefined;
  /** Longer documentation. */
  readonly documentation: string | undefined;
  /** Metadata (unit, reference…). */
  readonly metadata: ParameterMetadata;
  /** Where it was written. */
  readonly source: SourceLocation | undefined;
  /** The dated values, oldest first. */
  readonly history: ValueHistory;

  /** @param init - the parameter's parts; see the properties. */
  constructor(init: Omit<ParameterDocumentation, 'name'> & { readonly history: ValueHistory }) {
    this.id = init.id;
    this.name = init.id.slice(init.id.lastIndexOf('.') + 1);
    this.description = init.description;
    this.documentation = init.documentation;
    this.metadata = init.metadata;
    this.source = init.source;
    this.history = init.history;
  }

  /** The value on `instant`, or `undefined` when there is none (before the first date, or stopped). */
  valueAt(instant: Instant): ParameterValue | undefined {
    return this.history.valueAt(instant);
  }

  /** The same parameter with another history. */
  withHistory(history: ValueHistory): Parameter {
    return new Parameter({ ...documentationFields(this), history });
  }
}
