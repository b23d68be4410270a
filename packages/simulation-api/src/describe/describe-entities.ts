import type { CountrySystem } from '../system/country-system.js';

/**
 * A role in the `GET /entities` answer.
 *
 * @since 0.1.0
 */
export interface RoleJson {
  /** Plural key used in situations. */
  plural: string;
  /** Human label. */
  description: string;
  /** Longest list of members with this role, when bounded. */
  max?: number;
}

/**
 * An entity in the `GET /entities` answer.
 *
 * @since 0.1.0
 */
export interface EntityJson {
  /** Plural key used in situations. */
  plural: string;
  /** Human label. */
  description: string;
  /** Longer documentation (empty when there is none). */
  documentation: string;
  /** Roles of a group entity, by role key. */
  roles?: Record<string, RoleJson>;
}

/**
 * The `GET /entities` answer: entities by key, with their roles.
 *
 * @since 0.1.0
 */
export function describeEntities(system: CountrySystem): Record<string, EntityJson> {
  const answer: Record<string, EntityJson> = {};
  for (const entity of system.entities) {
    const json: EntityJson = { plural: entity.plural, description: entity.label, documentation: entity.documentation ?? '' };
    if (!entity.isPerson) {
      json.roles = {};
      for (const role of entity.roles) {
        json.roles[role.key] = { plural: role.plural, description: role.label, ...(role.max === undefined ? {} : { max: role.max }) };
      }
    }
    answer[entity.key] = json;
  }
  return answer;
}
