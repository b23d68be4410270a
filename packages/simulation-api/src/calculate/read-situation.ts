import type { z } from 'zod';
import type { Period } from '@civicblocks/simulation';
import { SimulationApiError, type JsonPath } from '../errors/simulation-api-error.js';
import type { CountrySystem, JsonScalar, MemberInput, SituationInput, VariableDescription } from '../system/country-system.js';
import { periodInfo, periodOf } from '../internal/period-text.js';
import type { SystemIndex } from '../internal/system-index.js';

/** An axis as the request wrote it: `index` is optional. */
interface RawAxis {
  readonly name: string;
  readonly count: number;
  readonly min: number;
  readonly max: number;
  readonly period: string;
  readonly index?: number;
}

/**
 * One `null` of a situation: a value to compute and where to write it back.
 *
 * @since 0.1.0
 */
export interface CalculationRequest {
  /** Entity plural. */
  readonly plural: string;
  /** Member id. */
  readonly id: string;
  /** Position of the member among its entity's members. */
  readonly index: number;
  /** Variable name. */
  readonly variable: string;
  /** Period as the request wrote it (the key written back). */
  readonly periodKey: string;
  /** Canonical period. */
  readonly period: string;
}

/**
 * A situation read from a request body: validated, with its requested calculations.
 *
 * @since 0.1.0
 */
export interface ReadSituation {
  /** The situation without its `null` values. */
  readonly situation: SituationInput;
  /** The `null` values, in the order they appear. */
  readonly requests: readonly CalculationRequest[];
  /** Number of copies of the population made by the axes (1 without axes). */
  readonly copies: number;
  /** Number of persons simulated, copies included. */
  readonly population: number;
  /** The validated body, where computed values are written back. */
  readonly body: Record<string, Record<string, Record<string, unknown>> | undefined>;
}

/**
 * Validates a situation against the system's schema and reads its requested calculations.
 *
 * @throws {@link SimulationApiError} shaped like the input path.
 * @since 0.1.0
 */
export function readSituation(input: unknown, schema: z.ZodType, index: SystemIndex, basePath: JsonPath = []): ReadSituation {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw issuesToError(parsed.error.issues, index, basePath);
  // Values are written back into the request's own object, so its keys keep their order.
  const body = input as ReadSituation['body'];

  const errors: SimulationApiError[] = [];
  const entities: Record<string, Record<string, MemberInput>> = {};
  const requests: CalculationRequest[] = [];
  const personPlural = index.person.plural;
  const personIds = new Set(Object.keys(body[personPlural] ?? {}));

  for (const entity of index.system.entities) {
    const members = body[entity.plural];
    if (members === undefined) continue;
    const read: Record<string, MemberInput> = {};
    const assigned = new Map<string, string>();
    let position = 0;
    for (const [id, raw] of Object.entries(members)) {
      const member = raw;
      const inputs: Record<string, Record<string, JsonScalar>> = {};
      const roles: Record<string, string[]> = {};
      for (const [key, value] of Object.entries(member)) {
        const path = (): JsonPath => [...basePath, entity.plural, id, key];
        const role = entity.roles.find((candidate) => candidate.plural === key);
        if (role !== undefined) {
          const ids = value as string[];
          ids.forEach((personId, at) => {
            if (!personIds.has(personId)) {
              errors.push(new SimulationApiError('invalid_situation', `Unexpected value: ${personId}. ${personId} has been declared in ${id} ${key}, but has not been declared in ${personPlural}.`, [...path(), at]));
            } else if (assigned.has(personId)) {
              errors.push(new SimulationApiError('invalid_situation', `${personId} has been declared more than once in ${entity.plural} (in ${assigned.get(personId) ?? ''} and in ${id}).`, [...path(), at]));
            } else {
              assigned.set(personId, id);
            }
          });
          roles[key] = ids;
          continue;
        }
        const variable = index.variables.get(key);
        if (variable === undefined) continue;
        const values: Record<string, JsonScalar> = {};
        for (const [periodKey, periodValue] of Object.entries(value as Record<string, JsonScalar>)) {
          const known = periodInfo(periodKey);
          if (known === null) continue;
          const problem = periodProblem(variable, known.period, periodValue === null);
          if (problem !== undefined) {
            errors.push(new SimulationApiError('period_mismatch', problem, [...path(), periodKey]));
            continue;
          }
          const canonical = known.canonical;
          if (periodValue === null) {
            requests.push({ plural: entity.plural, id, index: position, variable: key, periodKey, period: canonical });
          } else {
            values[canonical] = periodValue;
          }
        }
        inputs[key] = values;
      }
      read[id] = { inputs, roles };
      position += 1;
    }
    entities[entity.plural] = read;
  }

  const axes = body['axes'] as unknown as readonly (readonly RawAxis[])[] | undefined;
  let copies = 1;
  if (axes !== undefined) {
    axes.forEach((group, groupIndex) => {
      const count = group[0]?.count ?? 1;
      group.forEach((axis, axisIndex) => {
        const path = [...basePath, 'axes', groupIndex, axisIndex];
        const variable = index.variables.get(axis.name);
        if (variable === undefined) {
          errors.push(new SimulationApiError('unknown_variable', unknownVariableMessage(axis.name, index.system), [...path, 'name']));
          return;
        }
        if (axis.count !== count) errors.push(new SimulationApiError('invalid_situation', `Parallel axes must have the same count; the first has ${count}.`, [...path, 'count']));
        const entity = index.entityByKey.get(variable.entity);
        const memberCount = entity === undefined ? 0 : Object.keys(body[entity.plural] ?? {}).length;
        if ((axis.index ?? 0) >= memberCount) {
          errors.push(new SimulationApiError('invalid_situation', `There is no member at index ${axis.index ?? 0} in ${entity === undefined ? variable.entity : entity.plural}.`, [...path, 'index']));
        }
        const period = periodOf(axis.period);
        if (period !== null) {
          const problem = periodProblem(variable, period, false);
          if (problem !== undefined) errors.push(new SimulationApiError('period_mismatch', problem, [...path, 'period']));
        }
      });
      copies *= count;
    });
  }

  if (errors.length > 0) throw combine(errors);
  const situation: SituationInput = {
    entities,
    ...(axes === undefined ? {} : { axes: axes.map((group) => group.map((axis) => ({ ...axis, period: String(periodOf(axis.period)), index: axis.index ?? 0 }))) }),
  };
  return { situation, requests, copies, population: personIds.size * copies, body };
}

/** Why a value for `period` cannot be set (or computed) for `variable`, if it cannot. */
function periodProblem(variable: VariableDescription, period: Period, computed: boolean): string | undefined {
  const unit = variable.definitionPeriod;
  if (unit === 'eternity') return undefined;
  if (period.unit === unit && period.size === 1) return undefined;
  if (computed) {
    return `Unable to compute variable '${variable.name}' for period ${period.toString()}: '${variable.name}' must be computed for a whole ${unit}.`;
  }
  if (variable.inputSpread !== undefined && spansWhole(period, unit)) return undefined;
  return `Unable to set a value for variable '${variable.name}' for period ${period.toString()}: '${variable.name}' is only defined for ${unit}s.${variable.inputSpread === undefined ? '' : ` Give a ${unit} or a period made of whole ${unit}s.`}`;
}

function spansWhole(period: Period, unit: string): boolean {
  switch (unit) {
    case 'month':
      return period.unit === 'month' || period.unit === 'year';
    case 'year':
      return period.unit === 'year';
    case 'day':
    case 'weekday':
      return period.unit !== 'eternity';
    case 'week':
      return period.unit === 'week';
    default:
      return false;
  }
}

/** The OpenFisca message for a variable name the system does not know. */
export function unknownVariableMessage(name: string, system: CountrySystem): string {
  return `You tried to calculate or to set a value for variable '${name}', but it was not found in the loaded tax and benefit system (${system.packageName}@${system.packageVersion}).`;
}

function issuesToError(issues: readonly z.core.$ZodIssue[], index: SystemIndex, basePath: JsonPath): SimulationApiError {
  const errors: SimulationApiError[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) errors.push(unrecognizedKey(key, path, index, basePath));
    } else if (issue.code === 'invalid_key') {
      // OpenFisca puts a wrong period key's message on the variable, not on the key.
      errors.push(new SimulationApiError('invalid_situation', issue.issues[0]?.message ?? issue.message, [...basePath, ...path.slice(0, -1)]));
    } else if (issue.code === 'invalid_type' && path.length === 0) {
      errors.push(new SimulationApiError('invalid_situation', 'Expected a JSON object describing a situation.', basePath));
    } else {
      errors.push(new SimulationApiError('invalid_situation', issue.message, [...basePath, ...path]));
    }
  }
  return combine(errors);
}

function unrecognizedKey(key: string, path: JsonPath, index: SystemIndex, basePath: JsonPath): SimulationApiError {
  const at = [...basePath, ...path, key];
  if (path.length === 0) {
    const plurals = index.system.entities.map((entity) => entity.plural).join(', ');
    return new SimulationApiError('unknown_entity', `'${key}' is not an entity of this tax and benefit system. Top-level keys are entity plurals (${plurals}) and axes.`, at);
  }
  if (path.length === 2) {
    const entity = index.entityByPlural.get(String(path[0]));
    const variable = index.variables.get(key);
    if (variable !== undefined && entity !== undefined) {
      const owner = index.entityByKey.get(variable.entity);
      return new SimulationApiError('invalid_situation', `You tried to set the value of variable '${key}' for entity '${entity.plural}', but it belongs to '${owner?.plural ?? variable.entity}'.`, at);
    }
    const roles = entity === undefined || entity.roles.length === 0 ? '' : ` The roles of ${entity.key} are ${entity.roles.map((role) => role.plural).join(', ')}.`;
    return new SimulationApiError('unknown_variable', `${unknownVariableMessage(key, index.system)}${roles}`, at);
  }
  return new SimulationApiError('invalid_situation', `Unexpected key '${key}'.`, at);
}

function combine(errors: readonly SimulationApiError[]): SimulationApiError {
  const [first, ...others] = errors;
  if (first === undefined) return new SimulationApiError('invalid_situation', 'Invalid situation.');
  return new SimulationApiError(first.code, first.detail, first.path, others);
}

