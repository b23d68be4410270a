import type { CountrySystem, EntityDescription, VariableDescription } from '../system/country-system.js';
import { situationSchemas, type SituationSchemas } from '../schemas/situation-schema.js';

/** Lookups over a system, built once per API. */
export interface SystemIndex {
  readonly system: CountrySystem;
  readonly variables: ReadonlyMap<string, VariableDescription>;
  readonly entityByKey: ReadonlyMap<string, EntityDescription>;
  readonly entityByPlural: ReadonlyMap<string, EntityDescription>;
  readonly person: EntityDescription;
  readonly schemas: SituationSchemas;
}

export function indexSystem(system: CountrySystem): SystemIndex {
  const person = system.entities.find((entity) => entity.isPerson);
  if (person === undefined) throw new TypeError(`${system.packageName} has no person entity.`);
  return {
    system,
    variables: new Map(system.variables.map((variable) => [variable.name, variable])),
    entityByKey: new Map(system.entities.map((entity) => [entity.key, entity])),
    entityByPlural: new Map(system.entities.map((entity) => [entity.plural, entity])),
    person,
    schemas: situationSchemas(system),
  };
}
