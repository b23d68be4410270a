import type { Entity } from '../entities/entity.js';
import type { Role } from '../entities/role.js';
import type { Aggregation, ReadValue, RelationRead, Source } from './read.js';

/**
 * Options of an aggregation over a group's members.
 *
 * @since 0.1.0
 */
export interface MemberOptions {
  /** Only the members holding this role (or one of its sub-roles). */
  readonly role?: Role;
}

function aggregate<Value>(aggregation: Aggregation, source: Source | undefined, mapOrOptions: unknown, options: MemberOptions | undefined): RelationRead<Value> {
  const map = typeof mapOrOptions === 'function' ? (mapOrOptions as (value: never) => number | boolean) : undefined;
  const given = typeof mapOrOptions === 'object' && mapOrOptions !== null ? (mapOrOptions as MemberOptions) : options;
  return { kind: 'aggregate', aggregation, source, role: given?.role, map };
}

/**
 * In a group formula: the sum over the group's members of a person variable, or of
 * `map(value)`; optionally only over members holding a role.
 *
 * @example
 * ```ts
 * reads: { income: sum(salary), adultIncome: sum(salary, { role: household.roles.adult }) }
 * ```
 * @since 0.1.0
 */
export function sum<S extends Source<number> | Source<boolean>>(source: S, map?: ((value: ReadValue<S>) => number | boolean) | MemberOptions, options?: MemberOptions): RelationRead<number> {
  return aggregate('sum', source, map, options);
}

/**
 * In a group formula: whether any member's value is true, or makes `test` true.
 *
 * @example
 * ```ts
 * reads: { hasYoungChild: any(age, (age) => age < 6) }
 * ```
 * @since 0.1.0
 */
export function any<S extends Source>(source: S, test?: ((value: ReadValue<S>) => boolean) | MemberOptions, options?: MemberOptions): RelationRead<boolean> {
  return aggregate('any', source, test, options);
}

/**
 * In a group formula: whether every member's value is true, or makes `test` true (true for a
 * group without members).
 *
 * @since 0.1.0
 */
export function all<S extends Source>(source: S, test?: ((value: ReadValue<S>) => boolean) | MemberOptions, options?: MemberOptions): RelationRead<boolean> {
  return aggregate('all', source, test, options);
}

/**
 * In a group formula: the largest member value (0 for a group with no matching member).
 *
 * @since 0.1.0
 */
export function max<S extends Source<number>>(source: S, map?: ((value: ReadValue<S>) => number) | MemberOptions, options?: MemberOptions): RelationRead<number> {
  return aggregate('max', source, map, options);
}

/**
 * In a group formula: the smallest member value (0 for a group with no matching member).
 *
 * @since 0.1.0
 */
export function min<S extends Source<number>>(source: S, map?: ((value: ReadValue<S>) => number) | MemberOptions, options?: MemberOptions): RelationRead<number> {
  return aggregate('min', source, map, options);
}

/**
 * In a group formula: the number of members, or of members holding `role`.
 *
 * @example
 * ```ts
 * reads: { adults: count(household.roles.adult) }
 * ```
 * @since 0.1.0
 */
export function count(role?: Role): RelationRead<number> {
  return { kind: 'aggregate', aggregation: 'count', source: undefined, role, map: undefined };
}

/**
 * In a group formula: the value of the member holding a role of maximum one (the variable's
 * default when nobody holds it).
 *
 * @example
 * ```ts
 * reads: { firstParentSalary: fromRole(salary, family.roles.first_parent) }
 * ```
 * @since 0.1.0
 */
export function fromRole<S extends Source>(source: S, role: Role): RelationRead<ReadValue<S>> {
  return { kind: 'fromRole', source, role };
}

/**
 * In a group formula: the value of the `n`-th member (from 0, in the order members were
 * given), or the variable's default when the group has fewer members.
 *
 * @since 0.1.0
 */
export function nthMember<S extends Source>(n: number, source: S): RelationRead<ReadValue<S>> {
  return { kind: 'nthMember', source, n };
}

/**
 * In a group formula: the value of the first member.
 *
 * @since 0.1.0
 */
export function firstMember<S extends Source>(source: S): RelationRead<ReadValue<S>> {
  return { kind: 'nthMember', source, n: 0 };
}

/**
 * In a person formula: the value of the person's group (for the group entity the variable
 * describes); with `role`, only for members holding it, others getting the variable's default.
 *
 * @example
 * ```ts
 * reads: { rent: fromGroup(rent) }
 * ```
 * @since 0.1.0
 */
export function fromGroup<S extends Source>(source: S, options?: MemberOptions): RelationRead<ReadValue<S>> {
  return { kind: 'fromGroup', source, role: options?.role };
}

/**
 * In a person formula: whether the person holds `role` (or one of its sub-roles) in their group.
 *
 * @since 0.1.0
 */
export function hasRole(role: Role): RelationRead<boolean> {
  return { kind: 'hasRole', role };
}

/**
 * In a person formula: the person's rank inside their `group` when members are sorted by
 * `criterion`, from 0 for the smallest; ties keep the members' order.
 *
 * @example
 * ```ts
 * reads: { birthOrder: rank(household, age) } // 0 for the youngest
 * ```
 * @since 0.1.0
 */
export function rank(group: Entity, criterion: Source<number>): RelationRead<number> {
  return { kind: 'rank', group, source: criterion };
}

/**
 * In a person formula: the value of the other member holding `role` in the person's group
 * (for roles of two, such as a couple), or the variable's default when there is none.
 *
 * @since 0.1.0
 */
export function partner<S extends Source>(source: S, role: Role): RelationRead<ReadValue<S>> {
  return { kind: 'partner', source, role };
}
