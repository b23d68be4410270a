import type { Entity } from '../entities/entity.js';
import type { Role } from '../entities/role.js';
import type { DateUnit } from '../periods/date-unit.js';
import type { Period } from '../periods/period.js';
import type { ValueType } from '../variables/value-type.js';

/**
 * What a formula needs to know about a variable it reads. Every {@link Variable} is one; the
 * type parameter is the value a formula sees for one row.
 *
 * @since 0.1.0
 */
export interface VariableReference<Value = unknown> {
  /** Name of the variable. */
  readonly name: string;
  /** Entity the variable describes. */
  readonly entity: Entity;
  /** Type of its values. */
  readonly valueType: ValueType;
  /** Unit of period it is defined for. */
  readonly definitionPeriod: DateUnit;
  /** Type-level only: the value a formula sees for one row. Never set at run time. */
  readonly rowType?: Value;
}

/**
 * How a read turns the formula's period into the period it reads: `exact` the period as is,
 * `add` the sum of the variable's sub-periods inside it, `divide` the share of the longer
 * period that contains it.
 *
 * @since 0.1.0
 */
export type PeriodMode = 'exact' | 'add' | 'divide';

/**
 * A variable read at a period derived from the formula's own: built with {@link at},
 * {@link add} and {@link divide}.
 *
 * @since 0.1.0
 */
export interface PeriodSource<Value = unknown> {
  /** Discriminant. */
  readonly kind: 'source';
  /** The variable read. */
  readonly variable: VariableReference;
  /** Moves the formula's period to the period read; the formula's period when absent. */
  readonly period: ((period: Period) => Period) | undefined;
  /** How the period read relates to the variable's definition period. */
  readonly mode: PeriodMode;
  /** Type-level only. */
  readonly rowType?: Value;
}

/**
 * A variable, or a variable at a derived period: what aggregations and projections read.
 *
 * @since 0.1.0
 */
export type Source<Value = unknown> = VariableReference<Value> | PeriodSource<Value>;

/**
 * How members are combined into one value per group.
 *
 * @since 0.1.0
 */
export type Aggregation = 'sum' | 'any' | 'all' | 'max' | 'min' | 'count';

/**
 * A read that goes through the relation between persons and groups. Built with the helpers
 * {@link sum}, {@link any}, {@link all}, {@link max}, {@link min}, {@link count},
 * {@link fromRole}, {@link nthMember}, {@link firstMember}, {@link fromGroup},
 * {@link hasRole}, {@link rank} and {@link partner}.
 *
 * @since 0.1.0
 */
export type RelationRead<Value = unknown> =
  | { readonly kind: 'aggregate'; readonly aggregation: Aggregation; readonly source: Source | undefined; readonly role: Role | undefined; readonly map: ((value: never) => number | boolean) | undefined; readonly rowType?: Value }
  | { readonly kind: 'fromRole'; readonly source: Source; readonly role: Role; readonly rowType?: Value }
  | { readonly kind: 'nthMember'; readonly source: Source; readonly n: number; readonly rowType?: Value }
  | { readonly kind: 'fromGroup'; readonly source: Source; readonly role: Role | undefined; readonly rowType?: Value }
  | { readonly kind: 'hasRole'; readonly role: Role; readonly rowType?: Value }
  | { readonly kind: 'rank'; readonly group: Entity; readonly source: Source; readonly rowType?: Value }
  | { readonly kind: 'partner'; readonly source: Source; readonly role: Role; readonly rowType?: Value };

/**
 * Anything a formula may read for each row.
 *
 * @since 0.1.0
 */
export type Read<Value = unknown> = Source<Value> | RelationRead<Value>;

/**
 * The reads of a formula: local names (as the formula's row will have them) to reads.
 *
 * @since 0.1.0
 */
export type Reads = Readonly<Record<string, Read>>;

/**
 * The row a formula receives: for each read, its value for the current person or group.
 *
 * @since 0.1.0
 */
export type Row<R extends Reads> = { readonly [Name in keyof R]: R[Name] extends { readonly rowType?: infer Value } ? Value : never };
