import { SimulationError } from '../errors/simulation-error.js';
import type { Role, RoleDefinition } from './role.js';

/**
 * What an entity is made of when it is defined.
 *
 * @since 0.1.0
 */
export interface EntityDefinition<Key extends string = string, Roles extends readonly RoleDefinition[] = readonly RoleDefinition[]> {
  /** Singular key, for example `household`. */
  readonly key: Key;
  /** Plural, for example `households`: names the entity in situations and the Web API. */
  readonly plural: string;
  /** Human-readable name. */
  readonly label?: string;
  /** Longer description. */
  readonly documentation?: string;
  /** The roles of a group entity; omit for the person entity. */
  readonly roles?: Roles;
}

/**
 * The keys of the roles (and sub-roles) of a list of role definitions.
 *
 * @since 0.1.0
 */
export type RoleKeys<Roles extends readonly RoleDefinition[]> =
  Roles[number] extends infer Definition ? (Definition extends RoleDefinition<infer Key, infer Subrole> ? Key | (string extends Subrole ? never : Subrole) : never) : never;

/**
 * A kind of unit that variables describe: the person, or a group of persons (household,
 * family, tax unit) whose members hold roles. Build one with {@link definePersonEntity} or
 * {@link defineGroupEntity}.
 *
 * @since 0.1.0
 */
export class Entity<Key extends string = string, RoleKey extends string = string> {
  /** Singular key. */
  readonly key: Key;
  /** Plural. */
  readonly plural: string;
  /** Human-readable name. */
  readonly label: string;
  /** Longer description. */
  readonly documentation: string;
  /** Whether this is the person entity. */
  readonly isPerson: boolean;
  /** Every role, sub-roles included, indexed by {@link Role.code}. */
  readonly allRoles: readonly Role[];
  /** The roles by key (sub-roles included), for typed access: `household.roles.adult`. */
  readonly roles: Readonly<Record<RoleKey, Role>>;

  /** @internal Use {@link definePersonEntity} or {@link defineGroupEntity}. */
  constructor(definition: EntityDefinition<Key>, isPerson: boolean) {
    if (definition.key === '' || definition.plural === '' || definition.key === definition.plural) {
      throw new SimulationError('invalid_entity', `An entity needs a key and a different plural; got '${definition.key}' and '${definition.plural}'.`);
    }
    this.key = definition.key;
    this.plural = definition.plural;
    this.label = definition.label ?? definition.key;
    this.documentation = definition.documentation ?? '';
    this.isPerson = isPerson;
    this.allRoles = isPerson ? [] : buildRoles(definition.key, definition.roles ?? []);
    const byKey: Record<string, Role> = {};
    for (const role of this.allRoles) byKey[role.key] = role;
    this.roles = byKey as Record<RoleKey, Role>;
  }

  /** The role whose key or plural is `name`, if any. */
  roleNamed(name: string): Role | undefined {
    return this.allRoles.find((role) => role.key === name || role.plural === name);
  }

  /** Whether a person holding role `code` holds `role` (directly or through a sub-role). */
  holds(code: number, role: Role): boolean {
    let current: Role | undefined = this.allRoles[code];
    while (current !== undefined) {
      if (current === role) return true;
      current = current.parent;
    }
    return false;
  }
}

function buildRoles(entityKey: string, definitions: readonly RoleDefinition[]): Role[] {
  const roles: Role[] = [];
  const seen = new Set<string>();
  const claim = (name: string): void => {
    if (seen.has(name)) throw new SimulationError('invalid_entity', `The entity '${entityKey}' has two roles named '${name}'.`);
    seen.add(name);
  };
  for (const definition of definitions) {
    const plural = definition.plural ?? definition.key;
    claim(definition.key);
    if (plural !== definition.key) claim(plural);
    if (definition.max !== undefined && (!Number.isInteger(definition.max) || definition.max < 1)) {
      throw new SimulationError('invalid_entity', `The role '${definition.key}' of '${entityKey}' needs a positive whole maximum; got ${definition.max}.`);
    }
    const subroles: Role[] = [];
    const role: Role = {
      key: definition.key,
      plural,
      label: definition.label ?? definition.key,
      documentation: definition.documentation ?? '',
      max: definition.max,
      code: roles.length,
      entityKey,
      parent: undefined,
      subroles,
    };
    roles.push(role);
    for (const subrole of definition.subroles ?? []) {
      claim(subrole);
      const child: Role = { key: subrole, plural: subrole, label: subrole, documentation: '', max: 1, code: roles.length, entityKey, parent: role, subroles: [] };
      subroles.push(child);
      roles.push(child);
    }
  }
  if (roles.length > 255) throw new SimulationError('invalid_entity', `The entity '${entityKey}' has more than 255 roles.`);
  return roles;
}

/**
 * Defines the person entity: the one every simulation counts, to which every group belongs.
 *
 * @example
 * ```ts
 * import { definePersonEntity } from '@civicblocks/simulation';
 *
 * const person = definePersonEntity({ key: 'person', plural: 'persons', label: 'A person' });
 * ```
 * @since 0.1.0
 */
export function definePersonEntity<const Key extends string>(definition: Omit<EntityDefinition<Key>, 'roles'>): Entity<Key, never> {
  return new Entity<Key, never>(definition, true);
}

/**
 * Defines a group entity and its roles. Roles are typed: `household.roles.adult` is a
 * compile-time checked name.
 *
 * @example
 * ```ts
 * import { defineGroupEntity } from '@civicblocks/simulation';
 *
 * const household = defineGroupEntity({
 *   key: 'household',
 *   plural: 'households',
 *   roles: [
 *     { key: 'adult', plural: 'adults', label: 'Adult' },
 *     { key: 'child', plural: 'children', label: 'Child' },
 *   ],
 * });
 * household.roles.adult.code; // 0
 * ```
 * @since 0.1.0
 */
export function defineGroupEntity<const Key extends string, const Roles extends readonly RoleDefinition[]>(
  definition: EntityDefinition<Key, Roles> & { readonly roles: Roles },
): Entity<Key, RoleKeys<Roles>> {
  if (definition.roles.length === 0) throw new SimulationError('invalid_entity', `The group entity '${definition.key}' needs at least one role.`);
  return new Entity<Key, RoleKeys<Roles>>(definition, false);
}
