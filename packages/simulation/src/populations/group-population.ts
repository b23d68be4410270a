import type { Entity } from '../entities/entity.js';
import type { Role } from '../entities/role.js';
import { SimulationError } from '../errors/simulation-error.js';

/**
 * The members of the groups of one group entity, as columns: for each person the index of
 * their group and the code of their role, and for each group its members in order (a
 * compressed index: `members[memberStart[g] … memberStart[g + 1] - 1]`). Projections between
 * persons and groups are plain loops over these arrays.
 *
 * @example
 * ```ts
 * // two households: persons 0 and 1 in the first, person 2 in the second
 * const households = GroupPopulation.fromColumns(household, { groupOf: Int32Array.of(0, 0, 1), roleOf: Uint8Array.of(0, 1, 0) });
 * households.sum(Float64Array.of(1000, 200, 300)); // Float64Array [1200, 300]
 * ```
 * @since 0.1.0
 */
export class GroupPopulation {
  /** The group entity. */
  readonly entity: Entity;
  /** Number of groups. */
  readonly count: number;
  /** Group identifiers, when known (situations name them). */
  readonly ids: readonly string[] | undefined;
  /** Person → index of their group. */
  readonly groupOf: Int32Array;
  /** Person → code of their role ({@link Role.code}). */
  readonly roleOf: Uint8Array;
  /** Group → offset of its first member in {@link GroupPopulation.members}; one more entry than groups. */
  readonly memberStart: Int32Array;
  /**
   * Whether the persons are given group by group (the group index never decreases), so that
   * the members of group `g` are the persons `memberStart[g] … memberStart[g + 1] − 1` and
   * {@link GroupPopulation.members} is `0, 1, 2…`: loops then skip that indirection.
   */
  readonly contiguous: boolean;
  #members: Int32Array | undefined;
  #positionOf: Int32Array | undefined;
  readonly #roleMasks = new Map<Role, Uint8Array>();

  private constructor(entity: Entity, count: number, ids: readonly string[] | undefined, groupOf: Int32Array, roleOf: Uint8Array, sizes: Int32Array, contiguous: boolean) {
    this.entity = entity;
    this.count = count;
    this.ids = ids;
    this.groupOf = groupOf;
    this.roleOf = roleOf;
    // `sizes` holds each group's size at index group + 1; prefix sums turn it into offsets.
    const memberStart = sizes;
    for (let group = 0; group < count; group += 1) memberStart[group + 1] = (memberStart[group + 1] as number) + (memberStart[group] as number);
    this.memberStart = memberStart;
    this.contiguous = contiguous;
  }

  /** Persons grouped by group, in the order they were given (built on first use when not {@link GroupPopulation.contiguous}). */
  get members(): Int32Array {
    if (this.#members === undefined) {
      const persons = this.groupOf.length;
      const members = new Int32Array(persons);
      if (this.contiguous) {
        for (let person = 0; person < persons; person += 1) members[person] = person;
      } else {
        // A counting sort: every person goes to the next free slot of their group.
        const next = this.memberStart.slice(0, this.count);
        for (let person = 0; person < persons; person += 1) {
          const group = this.groupOf[person] as number;
          const slot = next[group] as number;
          members[slot] = person;
          next[group] = slot + 1;
        }
      }
      this.#members = members;
    }
    return this.#members;
  }

  /** Person → position inside their group, from 0 (computed on first use). */
  get positionOf(): Int32Array {
    if (this.#positionOf === undefined) {
      const members = this.members;
      const positions = new Int32Array(this.groupOf.length);
      for (let group = 0; group < this.count; group += 1) {
        const first = this.memberStart[group] as number;
        for (let slot = first; slot < (this.memberStart[group + 1] as number); slot += 1) positions[members[slot] as number] = slot - first;
      }
      this.#positionOf = positions;
    }
    return this.#positionOf;
  }

  /**
   * Builds the membership from a group index and a role code per person, checking ranges
   * and role maximums.
   *
   * @throws {@link SimulationError} `invalid_columns` for out-of-range indices or codes,
   * `role_over_maximum` when a group holds too many persons in a role.
   */
  static fromColumns(entity: Entity, columns: { readonly groupOf: Int32Array; readonly roleOf: Uint8Array; readonly count?: number; readonly ids?: readonly string[] }): GroupPopulation {
    const { groupOf, roleOf } = columns;
    if (groupOf.length !== roleOf.length) {
      throw new SimulationError('invalid_columns', `The ${entity.key} group and role columns have ${groupOf.length} and ${roleOf.length} entries.`, { jsonPath: entity.plural });
    }
    const given = columns.count ?? columns.ids?.length;
    const roleCount = entity.allRoles.length;
    const persons = groupOf.length;
    // One pass checks every index and role code, counts each group's members and sees whether
    // the persons come group by group.
    let sizes = new Int32Array((given ?? 0) + 1);
    let count = given ?? 0;
    let contiguous = true;
    let previous = 0;
    for (let person = 0; person < persons; person += 1) {
      const group = groupOf[person] as number;
      if (group < previous) contiguous = false;
      previous = group;
      if (group >= count && given === undefined && group >= 0) {
        count = group + 1;
        if (count + 1 > sizes.length) {
          const grown = new Int32Array(Math.max(count + 1, sizes.length * 2));
          grown.set(sizes);
          sizes = grown;
        }
      }
      if (group < 0 || group >= count || (roleOf[person] as number) >= roleCount) {
        throw new SimulationError('invalid_columns', `Person ${person} has ${entity.key} ${group} and role code ${roleOf[person]}; there are ${count} groups and ${roleCount} roles.`, { jsonPath: `${entity.plural}[${person}]` });
      }
      sizes[group + 1] = (sizes[group + 1] as number) + 1;
    }
    if (sizes.length !== count + 1) sizes = sizes.slice(0, count + 1);
    const population = new GroupPopulation(entity, count, columns.ids, groupOf, roleOf, sizes, contiguous);
    population.#checkMaximums();
    return population;
  }

  /** For each role code, 1 when a person with that code holds `role` (directly or through a sub-role). */
  roleMask(role: Role): Uint8Array {
    let mask = this.#roleMasks.get(role);
    if (mask === undefined) {
      if (role.entityKey !== this.entity.key) throw new SimulationError('unknown_role', `The role '${role.key}' belongs to '${role.entityKey}', not '${this.entity.key}'.`);
      mask = new Uint8Array(256);
      for (let code = 0; code < this.entity.allRoles.length; code += 1) mask[code] = this.entity.holds(code, role) ? 1 : 0;
      this.#roleMasks.set(role, mask);
    }
    return mask;
  }

  /** Number of members of `group`. */
  sizeOf(group: number): number {
    return (this.memberStart[group + 1] as number) - (this.memberStart[group] as number);
  }

  /** Group → person: each person gets their group's value; with `role`, others get `fallback`. */
  project(values: ArrayLike<number>, role?: Role, fallback = 0): Float64Array {
    const out = new Float64Array(this.groupOf.length);
    const mask = role === undefined ? undefined : this.roleMask(role);
    for (let person = 0; person < out.length; person += 1) {
      out[person] = mask === undefined || mask[this.roleOf[person] as number] === 1 ? (values[this.groupOf[person] as number] as number) : fallback;
    }
    return out;
  }

  /** Person → group: the sum of members' values (or of `map(value)`), optionally by role. */
  sum(values: ArrayLike<number>, role?: Role, map?: (value: number) => number | boolean): Float64Array {
    return this.#fold(values, role, map, 0, (total, value) => total + value);
  }

  /** Person → group: the number of members, optionally holding `role`. */
  countMembers(role?: Role): Float64Array {
    const out = new Float64Array(this.count);
    const mask = role === undefined ? undefined : this.roleMask(role);
    if (mask === undefined) {
      for (let group = 0; group < this.count; group += 1) out[group] = this.sizeOf(group);
      return out;
    }
    for (let person = 0; person < this.groupOf.length; person += 1) {
      const group = this.groupOf[person] as number;
      out[group] = (out[group] as number) + (mask[this.roleOf[person] as number] as number);
    }
    return out;
  }

  /** Person → group: 1 when any member's value (or `map(value)`) is true (non-zero). */
  any(values: ArrayLike<number>, role?: Role, map?: (value: number) => number | boolean): Uint8Array {
    return Uint8Array.from(this.#fold(values, role, map, 0, (found, value) => (found === 1 || value !== 0 ? 1 : 0)));
  }

  /** Person → group: 1 when every member's value (or `map(value)`) is true (non-zero). */
  all(values: ArrayLike<number>, role?: Role, map?: (value: number) => number | boolean): Uint8Array {
    return Uint8Array.from(this.#fold(values, role, map, 1, (every, value) => (every === 1 && value !== 0 ? 1 : 0)));
  }

  /** Person → group: the largest member value; 0 for a group with no matching member. */
  max(values: ArrayLike<number>, role?: Role, map?: (value: number) => number | boolean): Float64Array {
    return this.#extreme(values, role, map, Math.max);
  }

  /** Person → group: the smallest member value; 0 for a group with no matching member. */
  min(values: ArrayLike<number>, role?: Role, map?: (value: number) => number | boolean): Float64Array {
    return this.#extreme(values, role, map, Math.min);
  }

  /** Person → group: the value of the (last) member holding `role`, or `fallback`. */
  valueFromRole(values: ArrayLike<number>, role: Role, fallback = 0): Float64Array {
    const out = new Float64Array(this.count).fill(fallback);
    const mask = this.roleMask(role);
    for (let person = 0; person < this.groupOf.length; person += 1) {
      if (mask[this.roleOf[person] as number] === 1) out[this.groupOf[person] as number] = values[person] as number;
    }
    return out;
  }

  /** Person → group: the value of the `n`-th member (from 0), or `fallback`. */
  nthMember(n: number, values: ArrayLike<number>, fallback = 0): Float64Array {
    const members = this.members;
    const out = new Float64Array(this.count);
    for (let group = 0; group < this.count; group += 1) {
      const slot = (this.memberStart[group] as number) + n;
      out[group] = n >= 0 && slot < (this.memberStart[group + 1] as number) ? (values[members[slot] as number] as number) : fallback;
    }
    return out;
  }

  /** Person → group: the value of the first member, or `fallback` for an empty group. */
  firstMember(values: ArrayLike<number>, fallback = 0): Float64Array {
    return this.nthMember(0, values, fallback);
  }

  /** Person: 1 when the person holds `role` (or one of its sub-roles). */
  hasRole(role: Role): Uint8Array {
    const mask = this.roleMask(role);
    const out = new Uint8Array(this.roleOf.length);
    for (let person = 0; person < out.length; person += 1) out[person] = mask[this.roleOf[person] as number] as number;
    return out;
  }

  /** Person: rank inside the group by `criterion`, 0 for the smallest; ties keep the members' order. */
  rank(criterion: ArrayLike<number>): Int32Array {
    const members = this.members;
    const out = new Int32Array(this.groupOf.length);
    for (let person = 0; person < out.length; person += 1) {
      const group = this.groupOf[person] as number;
      const own = criterion[person] as number;
      const position = this.positionOf[person] as number;
      let rank = 0;
      for (let slot = this.memberStart[group] as number; slot < (this.memberStart[group + 1] as number); slot += 1) {
        const other = members[slot] as number;
        const value = criterion[other] as number;
        if (value < own || (value === own && (this.positionOf[other] as number) < position)) rank += 1;
      }
      out[person] = rank;
    }
    return out;
  }

  /** Person: the value of the other member holding `role` in the person's group, or `fallback`. */
  valueFromPartner(values: ArrayLike<number>, role: Role, fallback = 0): Float64Array {
    const members = this.members;
    const mask = this.roleMask(role);
    const out = new Float64Array(this.groupOf.length).fill(fallback);
    for (let person = 0; person < out.length; person += 1) {
      const group = this.groupOf[person] as number;
      for (let slot = this.memberStart[group] as number; slot < (this.memberStart[group + 1] as number); slot += 1) {
        const other = members[slot] as number;
        if (other !== person && mask[this.roleOf[other] as number] === 1) out[person] = values[other] as number;
      }
    }
    return out;
  }

  /** Group → index of the (last) member holding `role`, or -1. */
  roleHolderIndex(role: Role): Int32Array {
    const out = new Int32Array(this.count).fill(-1);
    const mask = this.roleMask(role);
    for (let person = 0; person < this.groupOf.length; person += 1) {
      if (mask[this.roleOf[person] as number] === 1) out[this.groupOf[person] as number] = person;
    }
    return out;
  }

  /** Group → index of the `n`-th member (from 0), or -1. */
  nthMemberIndex(n: number): Int32Array {
    const members = this.members;
    const out = new Int32Array(this.count);
    for (let group = 0; group < this.count; group += 1) {
      const slot = (this.memberStart[group] as number) + n;
      out[group] = n >= 0 && slot < (this.memberStart[group + 1] as number) ? (members[slot] as number) : -1;
    }
    return out;
  }

  /** Person → index of the other member holding `role` in their group (the last one), or -1. */
  partnerIndex(role: Role): Int32Array {
    const members = this.members;
    const mask = this.roleMask(role);
    const out = new Int32Array(this.groupOf.length).fill(-1);
    for (let person = 0; person < out.length; person += 1) {
      const group = this.groupOf[person] as number;
      for (let slot = this.memberStart[group] as number; slot < (this.memberStart[group + 1] as number); slot += 1) {
        const other = members[slot] as number;
        if (other !== person && mask[this.roleOf[other] as number] === 1) out[person] = other;
      }
    }
    return out;
  }

  #fold(values: ArrayLike<number>, role: Role | undefined, map: ((value: number) => number | boolean) | undefined, start: number, step: (accumulator: number, value: number) => number): Float64Array {
    const members = this.members;
    const out = new Float64Array(this.count);
    const mask = role === undefined ? undefined : this.roleMask(role);
    for (let group = 0; group < this.count; group += 1) {
      let accumulator = start;
      for (let slot = this.memberStart[group] as number; slot < (this.memberStart[group + 1] as number); slot += 1) {
        const person = members[slot] as number;
        if (mask !== undefined && mask[this.roleOf[person] as number] === 0) continue;
        const raw = values[person] as number;
        accumulator = step(accumulator, map === undefined ? raw : Number(map(raw)));
      }
      out[group] = accumulator;
    }
    return out;
  }

  #extreme(values: ArrayLike<number>, role: Role | undefined, map: ((value: number) => number | boolean) | undefined, pick: (a: number, b: number) => number): Float64Array {
    const members = this.members;
    const out = new Float64Array(this.count);
    const mask = role === undefined ? undefined : this.roleMask(role);
    for (let group = 0; group < this.count; group += 1) {
      let result = Number.NaN;
      for (let slot = this.memberStart[group] as number; slot < (this.memberStart[group + 1] as number); slot += 1) {
        const person = members[slot] as number;
        if (mask !== undefined && mask[this.roleOf[person] as number] === 0) continue;
        const raw = values[person] as number;
        const value = map === undefined ? raw : Number(map(raw));
        result = Number.isNaN(result) ? value : pick(result, value);
      }
      out[group] = Number.isNaN(result) ? 0 : result;
    }
    return out;
  }

  #checkMaximums(): void {
    const limited = this.entity.allRoles.filter((role) => role.max !== undefined);
    if (limited.length === 0) return;
    for (const role of limited) {
      const counts = this.countMembers(role);
      for (let group = 0; group < this.count; group += 1) {
        if ((counts[group] as number) > (role.max as number)) {
          const id = this.ids?.[group] ?? String(group);
          throw new SimulationError('role_over_maximum', `The ${this.entity.key} '${id}' has ${counts[group]} ${role.plural}; at most ${role.max} allowed.`, { jsonPath: `${this.entity.plural}.${id}.${role.plural}` });
        }
      }
    }
  }
}
