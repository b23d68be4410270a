/**
 * What a role is made of when a group entity is defined.
 *
 * @since 0.1.0
 */
export interface RoleDefinition<Key extends string = string, Subrole extends string = string> {
  /** Key of the role, for example `parent`; used for one person in a situation when `max` is 1. */
  readonly key: Key;
  /** Plural of the role, for example `parents`; names the member list in a situation. */
  readonly plural?: string;
  /** Human-readable name. */
  readonly label?: string;
  /** Longer description. */
  readonly documentation?: string;
  /** Most persons a group may hold in this role; no limit when absent. */
  readonly max?: number;
  /** Finer roles inside this one, such as `first_parent` and `second_parent` inside `parent`. */
  readonly subroles?: readonly Subrole[];
}

/**
 * A role that a person holds inside a group: `adult` or `child` in a household. Roles are
 * numbered inside their entity: a population stores each member's role as that number.
 *
 * @since 0.1.0
 */
export interface Role {
  /** Key of the role. */
  readonly key: string;
  /** Plural of the role (the key when none was given). */
  readonly plural: string;
  /** Human-readable name. */
  readonly label: string;
  /** Longer description. */
  readonly documentation: string;
  /** Most persons a group may hold in this role, when limited. */
  readonly max: number | undefined;
  /** Number of the role inside its entity: the code stored in role columns. */
  readonly code: number;
  /** Key of the group entity the role belongs to. */
  readonly entityKey: string;
  /** The role this one refines (`parent` for `first_parent`), when it is a sub-role. */
  readonly parent: Role | undefined;
  /** The sub-roles of this role. */
  readonly subroles: readonly Role[];
}
