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
 * Anything that gives a formula a value per row, at the type level: `Value` is what the row holds.
 *
 * @since 0.1.0
 */
export interface Readable<Value> {
  /** Type-level only: the value a formula sees for one row. Never set at run time. */
  readonly rowType?: Value;
}

/**
 * The value a read gives each row.
 *
 * @since 0.1.0
 */
export type ReadValue<R> = R extends Readable<infer Value> ? Value : never;

/**
 * Members combined into one value per group: see {@link sum}, {@link any}, {@link all},
 * {@link max}, {@link min}, {@link count}.
 *
 * @since 0.1.0
 */
export interface AggregateRead<Value = unknown> extends Readable<Value> {
  /** Discriminant. */
  readonly kind: 'aggregate';
  /** How members are combined. */
  readonly aggregation: Aggregation;
  /** The person variable combined (none for `count`). */
  readonly source: Source | undefined;
  /** Only members holding this role. */
  readonly role: Role | undefined;
  /** Applied to each member's value before combining. */
  readonly map: ((value: never) => number | boolean) | undefined;
}

/**
 * The value of the member holding a role: see {@link fromRole}.
 *
 * @since 0.1.0
 */
export interface FromRoleRead<Value = unknown> extends Readable<Value> {
  /** Discriminant. */
  readonly kind: 'fromRole';
  /** The person variable read. */
  readonly source: Source;
  /** The role, of maximum one. */
  readonly role: Role;
}

/**
 * The value of the n-th member: see {@link nthMember} and {@link firstMember}.
 *
 * @since 0.1.0
 */
export interface NthMemberRead<Value = unknown> extends Readable<Value> {
  /** Discriminant. */
  readonly kind: 'nthMember';
  /** The person variable read. */
  readonly source: Source;
  /** Position of the member, from 0. */
  readonly n: number;
}

/**
 * A group's value read by its members: see {@link fromGroup}.
 *
 * @since 0.1.0
 */
export interface FromGroupRead<Value = unknown> extends Readable<Value> {
  /** Discriminant. */
  readonly kind: 'fromGroup';
  /** The group variable read. */
  readonly source: Source;
  /** Only members holding this role get the value; others the variable's default. */
  readonly role: Role | undefined;
}

/**
 * Whether the person holds a role: see {@link hasRole}.
 *
 * @since 0.1.0
 */
export interface HasRoleRead<Value = unknown> extends Readable<Value> {
  /** Discriminant. */
  readonly kind: 'hasRole';
  /** The role. */
  readonly role: Role;
}

/**
 * The person's rank inside a group: see {@link rank}.
 *
 * @since 0.1.0
 */
export interface RankRead<Value = unknown> extends Readable<Value> {
  /** Discriminant. */
  readonly kind: 'rank';
  /** The group entity. */
  readonly group: Entity;
  /** The criterion, a person variable. */
  readonly source: Source;
}

/**
 * The value of the person's partner: see {@link partner}.
 *
 * @since 0.1.0
 */
export interface PartnerRead<Value = unknown> extends Readable<Value> {
  /** Discriminant. */
  readonly kind: 'partner';
  /** The person variable read. */
  readonly source: Source;
  /** The role both partners hold. */
  readonly role: Role;
}

/**
 * A read that goes through the relation between persons and groups. Built with the helpers
 * {@link sum}, {@link any}, {@link all}, {@link max}, {@link min}, {@link count},
 * {@link fromRole}, {@link nthMember}, {@link firstMember}, {@link fromGroup},
 * {@link hasRole}, {@link rank} and {@link partner}.
 *
 * @since 0.1.0
 */
export type RelationRead<Value = unknown> = AggregateRead<Value> | FromRoleRead<Value> | NthMemberRead<Value> | FromGroupRead<Value> | HasRoleRead<Value> | RankRead<Value> | PartnerRead<Value>;

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
export type Row<R extends Reads> = { readonly [Name in keyof R]: ReadValue<R[Name]> };
