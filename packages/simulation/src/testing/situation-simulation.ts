import type { Entity } from '../entities/entity.js';
import { SimulationError } from '../errors/simulation-error.js';
import type { Simulation, SimulationOptions } from '../simulation/simulation.js';
import { simulationFromColumns, type MembershipColumns } from '../simulation/simulation-from-columns.js';
import type { TaxBenefitSystem } from '../system/tax-benefit-system.js';

type Values = Record<string, unknown>;

/**
 * Builds a simulation from a situation in the OpenFisca Web API format, periods already
 * explicit (see `withDefaultPeriod`): entity plurals at the top (a singular group key stands for
 * one group named after it), or flat variables for one person in one group of each entity.
 * Persons left out of a group entity get a group of their own, in the entity's first role.
 *
 * This bridge reads situations for the test runner until the engine reads them itself.
 */
export function simulationFromTestSituation(system: TaxBenefitSystem, situation: unknown, options: SimulationOptions): Simulation {
  const explicit = explicitEntities(system, situation);
  const personEntity = system.personEntity;
  const persons = asRecord(explicit[personEntity.plural] ?? {}, personEntity.plural);
  const personIds = Object.keys(persons);
  const personIndex = new Map(personIds.map((id, index) => [id, index]));
  const inputs = new Map<string, Map<string, unknown[]>>();
  const addValues = (entity: Entity, row: number, rows: number, values: Values, path: string): void => {
    for (const [name, byPeriod] of Object.entries(values)) {
      if (!entity.isPerson && entity.allRoles.some((role) => role.plural === name || role.key === name)) continue;
      const variable = system.variables.get(name);
      if (variable === undefined) throw new SimulationError('unknown_variable', `There is no variable '${name}'.`, { jsonPath: `${path}.${name}`, variable: name });
      if (variable.entity !== entity) throw new SimulationError('invalid_situation', `'${name}' describes ${variable.entity.plural}, not ${entity.plural}.`, { jsonPath: `${path}.${name}` });
      if (byPeriod === null) continue;
      for (const [period, value] of Object.entries(asRecord(byPeriod, `${path}.${name}`))) {
        if (value === null) continue;
        let perVariable = inputs.get(name);
        if (perVariable === undefined) inputs.set(name, (perVariable = new Map<string, unknown[]>()));
        let column = perVariable.get(period);
        if (column === undefined) perVariable.set(period, (column = new Array<unknown>(rows).fill(variable.defaultValue)));
        column[row] = value;
      }
    }
  };
  personIds.forEach((id, row) => {
    addValues(personEntity, row, personIds.length, asRecord(persons[id], `${personEntity.plural}.${id}`), `${personEntity.plural}.${id}`);
  });

  const groups: Record<string, MembershipColumns> = {};
  for (const entity of system.groupEntities) {
    const instances = asRecord(explicit[entity.plural] ?? {}, entity.plural);
    const ids = Object.keys(instances);
    const groupOf = new Int32Array(personIds.length).fill(-1);
    const roleOf = new Uint8Array(personIds.length);
    ids.forEach((id, group) => {
      const instance = asRecord(instances[id], `${entity.plural}.${id}`);
      for (const role of entity.allRoles) {
        const members = instance[role.plural] ?? instance[role.key];
        if (members === undefined || members === null) continue;
        for (const member of Array.isArray(members) ? members : [members]) {
          const person = personIndex.get(String(member));
          const path = `${entity.plural}.${id}.${role.plural}`;
          if (person === undefined) throw new SimulationError('invalid_situation', `'${String(member)}' is not one of the ${personEntity.plural}.`, { jsonPath: path });
          if (groupOf[person] !== -1) throw new SimulationError('invalid_situation', `'${String(member)}' is in two ${entity.plural}.`, { jsonPath: path });
          groupOf[person] = group;
          roleOf[person] = role.code;
        }
      }
    });
    const allIds = [...ids];
    personIds.forEach((personId, person) => {
      if (groupOf[person] !== -1) return;
      groupOf[person] = allIds.length;
      allIds.push(personId);
    });
    groups[entity.key] = { groupOf, roleOf, ids: allIds };
    ids.forEach((id, group) => {
      addValues(entity, group, allIds.length, asRecord(instances[id], `${entity.plural}.${id}`), `${entity.plural}.${id}`);
    });
  }

  const columns: Record<string, Record<string, never>> = {};
  for (const [name, perVariable] of inputs) {
    const variable = system.variable(name);
    const rows = variable.entity.isPerson ? personIds.length : (groups[variable.entity.key]?.ids?.length ?? 0);
    columns[name] = Object.fromEntries([...perVariable].map(([period, column]) => [period, padded(column, rows, variable.defaultValue) as never]));
  }
  return simulationFromColumns(system, { persons: { count: personIds.length, ids: personIds }, groups, inputs: columns }, options);
}

function padded(column: unknown[], rows: number, fill: unknown): unknown[] {
  while (column.length < rows) column.push(fill);
  return column;
}

/** The situation with singular keys turned into one-instance plurals, and flat variables into one person. */
function explicitEntities(system: TaxBenefitSystem, situation: unknown): Values {
  const given = asRecord(situation ?? {}, '');
  const keys = Object.keys(given);
  const isEntityKey = (key: string): boolean => system.entity(key) !== undefined;
  if (keys.length > 0 && !keys.some(isEntityKey)) {
    // Flat form: one person, one group of each entity, each variable on its entity.
    const byEntity: Record<string, Values> = {};
    for (const [name, value] of Object.entries(given)) {
      const variable = system.variables.get(name);
      if (variable === undefined) throw new SimulationError('unknown_variable', `There is no variable '${name}'.`, { jsonPath: name, variable: name });
      (byEntity[variable.entity.key] ??= {})[name] = value;
    }
    const person = system.personEntity;
    const result: Values = { [person.plural]: { [person.key]: byEntity[person.key] ?? {} } };
    for (const entity of system.groupEntities) {
      const firstRole = entity.allRoles[0];
      result[entity.plural] = { [entity.key]: { ...(byEntity[entity.key] ?? {}), ...(firstRole === undefined ? {} : { [firstRole.plural]: [person.key] }) } };
    }
    return result;
  }
  const result: Values = {};
  for (const [key, value] of Object.entries(given)) {
    const entity = system.entity(key);
    if (entity === undefined) throw new SimulationError('unknown_entity', `'${key}' is neither an entity nor a variable.`, { jsonPath: key });
    if (key === entity.plural) result[key] = { ...asRecord(result[key] ?? {}, key), ...asRecord(value, key) };
    else result[entity.plural] = { ...asRecord(result[entity.plural] ?? {}, entity.plural), [key]: value };
  }
  return result;
}

function asRecord(value: unknown, path: string): Values {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Values;
  throw new SimulationError('invalid_situation', `Expected a mapping${path === '' ? '' : ` at ${path}`}, got ${JSON.stringify(value)}.`, { jsonPath: path });
}
