import type { Instant } from '../periods/instant.js';
import type { ScaleType } from '../scales/scale-base.js';
import { createScale, type Scale } from '../scales/scale.js';
import { documentationFields, type ParameterDocumentation, type ParameterMetadata, type SourceLocation } from './parameter-value.js';
import type { ValueHistory } from './value-history.js';

/**
 * One bracket of a scale: its dated threshold, its dated rate or amount and, for rate scales,
 * an optional dated `base` the rate is multiplied by.
 *
 * @since 0.1.0
 */
export interface ScaleBracket {
  /** Lower bound of the bracket over time. */
  readonly threshold: ValueHistory;
  /** The rate (`rate`, `average_rate`) or amount (`amount`) over time. */
  readonly value: ValueHistory;
  /** Multiplier of the rate over time (OpenFisca's bracket `base`); 1 when unset. */
  readonly base?: ValueHistory | undefined;
  /** Where the bracket was written. */
  readonly source?: SourceLocation | undefined;
}

/**
 * The key a bracket's value is written under in OpenFisca files, for each kind of scale.
 *
 * @since 0.1.0
 */
export const bracketValueKeys: Readonly<Record<ScaleType, 'rate' | 'amount' | 'average_rate'>> = {
  marginal_rate: 'rate',
  linear_average_rate: 'average_rate',
  marginal_amount: 'amount',
  single_amount: 'amount',
};

/**
 * A scale as written in a parameter file: dated brackets. Read it at a date with
 * {@link ScaleParameter.at} to get a {@link Scale} to compute with. Immutable.
 *
 * @since 0.1.0
 */
export class ScaleParameter implements ParameterDocumentation {
  /** Tells parameters, scales and nodes apart. */
  readonly kind = 'scale' as const;
  /** Dotted name from the root. */
  readonly id: string;
  /** Last segment of the id. */
  readonly name: string;
  /** One-line description. */
  readonly description: string | undefined;
  /** Longer documentation. */
  readonly documentation: string | undefined;
  /** Metadata (`type`, `threshold_unit`, `rate_unit`…). */
  readonly metadata: ParameterMetadata;
  /** Where it was written. */
  readonly source: SourceLocation | undefined;
  /** Which kind of scale. */
  readonly type: ScaleType;
  /** The brackets, in file order. */
  readonly brackets: readonly ScaleBracket[];

  /** @param init - the scale's parts; see the properties. */
  constructor(init: Omit<ParameterDocumentation, 'name'> & { readonly type: ScaleType; readonly brackets: readonly ScaleBracket[] }) {
    this.id = init.id;
    this.name = init.id.slice(init.id.lastIndexOf('.') + 1);
    this.description = init.description;
    this.documentation = init.documentation;
    this.metadata = init.metadata;
    this.source = init.source;
    this.type = init.type;
    this.brackets = init.brackets;
  }

  /** The key bracket values are written under: `rate`, `amount` or `average_rate`. */
  get valueKey(): 'rate' | 'amount' | 'average_rate' {
    return bracketValueKeys[this.type];
  }

  /**
   * The scale on `instant`, from the brackets that have both a threshold and a value then
   * (others are skipped). A rate is multiplied by its bracket's `base` when there is one.
   */
  at(instant: Instant): Scale {
    const thresholds: number[] = [];
    const values: number[] = [];
    for (const bracket of this.brackets) {
      const threshold = bracket.threshold.valueAt(instant);
      const value = bracket.value.valueAt(instant);
      if (typeof threshold !== 'number' || typeof value !== 'number') continue;
      const base = bracket.base?.valueAt(instant);
      thresholds.push(threshold);
      values.push(typeof base === 'number' ? value * base : value);
    }
    return createScale(this.type, thresholds, values);
  }

  /** The same scale with other brackets. */
  withBrackets(brackets: readonly ScaleBracket[]): ScaleParameter {
    return new ScaleParameter({ ...documentationFields(this), type: this.type, brackets });
  }
}
