import type { Entity } from '../entities/entity.js';
import { parsePeriod } from '../periods/parse-period.js';
import type { Period } from '../periods/period.js';
import type { TaxBenefitSystem } from '../system/tax-benefit-system.js';
import { storedValue } from '../variables/column-values.js';
import type { Variable } from '../variables/variable.js';
import type { Axis, Situation } from './situation.js';
import { atPath, situationError } from './situation-errors.js';

type Json = Readonly<Record<string, unknown>>;

/** One input value of the situation. */
export interface SituationValue {
  readonly variable: Variable;
  readonly row: number;
  readonly period: Period;
  readonly stored: number | string;
  readonly path: string;
}

/** One `null` of the situation: a value to compute, and where it goes in the original JSON. */
export interface SituationRequest {
  readonly variable: Variable;
  readonly row: number;
  readonly period: Period;
  /** Keys from the situation's root to the null. */
  readonly keys: readonly string[];
}

/** A situation read into rows, memberships, inputs and requests. */
export interface ParsedSituation {
  readonly personIds: readonly string[];
  readonly groups: ReadonlyMap<Entity, { readonly ids: readonly string[]; readonly groupOf: Int32Array; readonly roleOf: Uint8Array }>;
  readonly values: readonly SituationValue[];
  readonly requests: readonly SituationRequest[];
  readonly axes: readonly (readonly Axis[])[];
}

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown, path: string): Json {
  if (isRecord(value)) return value;
  throw situationError(`Expected an object; got ${show(value)}.`, path);
}

/** The instances of each entity, by plural, with the key path of each instance in the original JSON. */
interface Instances {
  readonly byPlural: Map<string, { ids: string[]; bodies: Json[]; keys: (readonly string[])[] }>;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function collectInstances(system: TaxBenefitSystem, situation: Situation): Instances {
  const byPlural = new Map<string, { ids: string[]; bodies: Json[]; keys: (readonly string[])[] }>();
  for (const entity of system.entities) byPlural.set(entity.plural, { ids: [], bodies: [], keys: [] });
  const entries = Object.entries(situation).filter(([key]) => key !== 'axes');
  const isFlat = entries.length > 0 && entries.every(([key]) => system.entity(key) === undefined);
  if (isFlat) {
    // A flat situation: one person, and one group of each entity holding it in the first role.
    const person = system.personEntity;
    const perEntity = new Map<Entity, Record<string, unknown>>();
    const keysOf = new Map<Entity, string[]>();
    for (const [name, value] of entries) {
      const variable = system.variables.get(name);
      if (variable === undefined) throw situationError(`There is no variable or entity '${name}'.`, name, 'unknown_variable');
      const body = perEntity.get(variable.entity) ?? {};
      body[name] = value;
      perEntity.set(variable.entity, body);
      keysOf.set(variable.entity, []);
    }
    for (const entity of system.entities) {
      const body: Record<string, unknown> = { ...(perEntity.get(entity) ?? {}) };
      if (!entity.isPerson) {
        const first = entity.allRoles[0];
        if (first !== undefined) body[first.plural] = [person.key];
      }
      const list = byPlural.get(entity.plural) as { ids: string[]; bodies: Json[]; keys: (readonly string[])[] };
      list.ids.push(entity.isPerson ? person.key : entity.key);
      list.bodies.push(body);
      list.keys.push([]);
    }
    return { byPlural };
  }
  for (const [key, value] of entries) {
    const entity = system.entity(key);
    if (entity === undefined) throw situationError(`There is no entity '${key}'; use one of ${system.entities.map((each) => `'${each.plural}'`).join(', ')}.`, key, 'unknown_entity');
    const list = byPlural.get(entity.plural) as { ids: string[]; bodies: Json[]; keys: (readonly string[])[] };
    if (key === entity.plural) {
      for (const [id, body] of Object.entries(record(value, key))) {
        if (list.ids.includes(id)) throw situationError(`'${id}' is declared twice.`, join(key, id));
        list.ids.push(id);
        list.bodies.push(record(body, join(key, id)));
        list.keys.push([key, id]);
      }
    } else {
      // A singular key: one instance, named after the key.
      if (list.ids.includes(key)) throw situationError(`'${key}' is declared twice.`, key);
      list.ids.push(key);
      list.bodies.push(record(value, key));
      list.keys.push([key]);
    }
  }
  return { byPlural };
}

/**
 * Reads a situation against a system: every mistake is a {@link SimulationError} whose
 * `location.jsonPath` points into the situation.
 */
export function parseSituation(system: TaxBenefitSystem, situation: Situation, defaultPeriod: Period | undefined): ParsedSituation {
  if (!isRecord(situation)) throw situationError('A situation is an object.', '');
  const { byPlural } = collectInstances(system, situation);
  const personEntity = system.personEntity;
  const persons = byPlural.get(personEntity.plural) as { ids: string[]; bodies: Json[]; keys: (readonly string[])[] };
  const personIndex = new Map(persons.ids.map((id, index) => [id, index]));
  const values: SituationValue[] = [];
  const requests: SituationRequest[] = [];
  const groups = new Map<Entity, { ids: string[]; groupOf: Int32Array; roleOf: Uint8Array }>();

  const readVariables = (entity: Entity, row: number, body: Json, keys: readonly string[]): void => {
    const path = keys.join('.');
    for (const [name, byPeriod] of Object.entries(body)) {
      if (!entity.isPerson && entity.roleNamed(name) !== undefined) continue;
      const variablePath = join(path, name);
      const variable = system.variables.get(name);
      if (variable === undefined) {
        const message = entity.isPerson ? `There is no variable '${name}'.` : `There is no variable or role '${name}' in ${entity.plural}.`;
        throw situationError(message, variablePath, entity.isPerson ? 'unknown_variable' : system.entities.some((each) => each.roleNamed(name)) ? 'unknown_role' : 'unknown_variable');
      }
      if (variable.entity !== entity) throw situationError(`'${name}' describes ${variable.entity.plural}, not ${entity.plural}.`, variablePath);
      const periods: [string, unknown][] = isRecord(byPeriod) ? Object.entries(byPeriod) : defaultPeriod === undefined ? [] : [[defaultPeriod.toString(), byPeriod]];
      if (!isRecord(byPeriod) && defaultPeriod === undefined) {
        throw situationError(`Expected a period (eg. '2017', 'month:2017-01', '2017-01-15'…) with its value, such as { "2017-01": ${show(byPeriod)} }.`, variablePath);
      }
      for (const [periodText, value] of periods) {
        const valuePath = join(variablePath, periodText);
        let period: Period;
        try {
          period = parsePeriod(periodText);
        } catch (error) {
          throw atPath(error, valuePath);
        }
        const valueKeys = isRecord(byPeriod) ? [...keys, name, periodText] : [...keys, name];
        if (value === null) {
          requests.push({ variable, row, period, keys: valueKeys });
          continue;
        }
        try {
          values.push({ variable, row, period, stored: storedValue(variable, value), path: valuePath });
        } catch (error) {
          throw atPath(error, valuePath);
        }
      }
    }
  };

  persons.ids.forEach((_, row) => {
    readVariables(personEntity, row, persons.bodies[row] as Json, persons.keys[row] as readonly string[]);
  });

  for (const entity of system.groupEntities) {
    const list = byPlural.get(entity.plural) as { ids: string[]; bodies: Json[]; keys: (readonly string[])[] };
    const groupOf = new Int32Array(persons.ids.length).fill(-1);
    const roleOf = new Uint8Array(persons.ids.length);
    const ids = [...list.ids];
    list.bodies.forEach((body, group) => {
      const path = (list.keys[group] as readonly string[]).join('.');
      for (const [key, members] of Object.entries(body)) {
        const role = entity.roleNamed(key);
        if (role === undefined) continue;
        const rolePath = join(path, key);
        const memberList: unknown[] = Array.isArray(members) ? members : [members];
        if (role.max !== undefined && memberList.length > role.max) {
          throw situationError(`There are ${memberList.length} ${role.plural} in '${ids[group] ?? ''}'; at most ${role.max} allowed.`, rolePath, 'role_over_maximum');
        }
        memberList.forEach((member, position) => {
          const person = typeof member === 'string' ? personIndex.get(member) : undefined;
          if (person === undefined) throw situationError(`'${String(member)}' is not one of the ${personEntity.plural}.`, `${rolePath}.${position}`, 'unknown_person');
          if (groupOf[person] !== -1) throw situationError(`'${member as string}' is in two ${entity.plural}.`, `${rolePath}.${position}`, 'duplicate_member');
          groupOf[person] = group;
          roleOf[person] = role.code;
        });
      }
    });
    const firstRole = entity.allRoles[0];
    persons.ids.forEach((id, person) => {
      // A person left out of every group of the entity gets one of their own, in the first role.
      if (groupOf[person] !== -1) return;
      groupOf[person] = ids.length;
      roleOf[person] = firstRole?.code ?? 0;
      ids.push(id);
    });
    groups.set(entity, { ids, groupOf, roleOf });
    list.bodies.forEach((body, group) => {
      readVariables(entity, group, body, list.keys[group] as readonly string[]);
    });
  }
  return { personIds: persons.ids, groups, values, requests, axes: parseAxes(situation.axes, system) };
}

function parseAxes(given: unknown, system: TaxBenefitSystem): Axis[][] {
  if (given === undefined) return [];
  if (!Array.isArray(given)) throw situationError('`axes` is a list of lists of axes.', 'axes');
  return given.map((dimension: unknown, d) => {
    const list: unknown[] = Array.isArray(dimension) ? dimension : [dimension];
    const axes = list.map((axis, a) => {
      const path = `axes.${d}.${a}`;
      const body = record(axis, path);
      const { name, count, min, max, period, index } = body;
      if (typeof name !== 'string' || !system.variables.has(name)) throw situationError(`An axis needs the name of a variable; got ${show(name)}.`, join(path, 'name'), 'unknown_variable');
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) throw situationError('An axis needs a positive whole `count`.', join(path, 'count'));
      if (typeof min !== 'number' || typeof max !== 'number') throw situationError('An axis needs numbers `min` and `max`.', path);
      if (period !== undefined && typeof period !== 'string') throw situationError('An axis `period` is a period string.', join(path, 'period'));
      if (index !== undefined && (typeof index !== 'number' || !Number.isInteger(index) || index < 0)) throw situationError('An axis `index` is a whole number from 0.', join(path, 'index'));
      return { name, count, min, max, ...(period === undefined ? {} : { period }), ...(index === undefined ? {} : { index }) };
    });
    const counts = new Set(axes.map((axis) => axis.count));
    if (counts.size > 1) throw situationError('Parallel axes need the same count.', `axes.${d}`);
    return axes;
  });
}

function show(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}
