import type { Entity } from '../entities/entity.js';
import { parsePeriod } from '../periods/parse-period.js';
import type { Period } from '../periods/period.js';
import { GroupPopulation } from '../populations/group-population.js';
import { Simulation, type SimulationOptions } from '../simulation/simulation.js';
import type { TaxBenefitSystem } from '../system/tax-benefit-system.js';
import { defaultColumn, storedValue } from '../variables/column-values.js';
import type { Column } from '../variables/value-type.js';
import type { Variable } from '../variables/variable.js';
import { parseSituation, type ParsedSituation } from './parse-situation.js';
import type { Situation } from './situation.js';
import { atPath, situationError } from './situation-errors.js';

/**
 * How to read a situation.
 *
 * @since 0.1.0
 */
export interface SituationOptions extends SimulationOptions {
  /**
   * The period of values written without one (`salary: 2000`), and of axes without a
   * period, as YAML tests allow; without it every value needs its period.
   */
  readonly defaultPeriod?: Period | string;
}

/** @internal A simulation and what its situation asked for. */
export interface SituationSimulation<System extends TaxBenefitSystem> {
  readonly simulation: Simulation<System>;
  readonly parsed: ParsedSituation;
  /** Number of copies of the situation along the axes (1 without axes). */
  readonly cells: number;
  /** Rows of each entity in one copy. */
  readonly counts: ReadonlyMap<Entity, number>;
}

/**
 * Builds a simulation from a situation in the OpenFisca Web API format (see
 * {@link Situation}). With axes, the situation is copied once per point (the first axis of a
 * list of perpendicular axes varies fastest) and the axis variables take evenly spaced values.
 *
 * @example
 * ```ts
 * const simulation = simulationFromSituation(system, {
 *   persons: { Ari: { salary: { '2017-01': 2000 } }, Bo: {} },
 *   households: { home: { adults: ['Ari'], children: ['Bo'] } },
 * });
 * simulation.calculate('household_income', '2017-01'); // Float64Array [2000]
 * ```
 * @throws {@link SimulationError} with `location.jsonPath` at the mistake: `unknown_variable`,
 * `unknown_entity`, `unknown_role`, `unknown_person`, `duplicate_member`, `role_over_maximum`,
 * `invalid_value`, `invalid_period`, `set_input_mismatch`, `invalid_situation`.
 * @since 0.1.0
 */
export function simulationFromSituation<System extends TaxBenefitSystem>(system: System, situation: Situation, options: SituationOptions = {}): Simulation<System> {
  return buildSituationSimulation(system, situation, options).simulation;
}

/** @internal */
export function buildSituationSimulation<System extends TaxBenefitSystem>(system: System, situation: Situation, options: SituationOptions = {}): SituationSimulation<System> {
  const defaultPeriod = typeof options.defaultPeriod === 'string' ? parsePeriod(options.defaultPeriod) : options.defaultPeriod;
  const parsed = parseSituation(system, situation, defaultPeriod);
  const counts = new Map<Entity, number>([[system.personEntity, parsed.personIds.length]]);
  for (const [entity, group] of parsed.groups) counts.set(entity, group.ids.length);
  const cells = parsed.axes.reduce((product, dimension) => product * (dimension[0]?.count ?? 1), 1);

  const groups: GroupPopulation[] = [];
  for (const [entity, group] of parsed.groups) {
    const persons = parsed.personIds.length;
    const groupOf = new Int32Array(persons * cells);
    const roleOf = new Uint8Array(persons * cells);
    for (let cell = 0; cell < cells; cell += 1) {
      for (let person = 0; person < persons; person += 1) {
        groupOf[cell * persons + person] = (group.groupOf[person] as number) + cell * group.ids.length;
        roleOf[cell * persons + person] = group.roleOf[person] as number;
      }
    }
    try {
      groups.push(GroupPopulation.fromColumns(entity, { groupOf, roleOf, count: group.ids.length * cells, ids: replicate(group.ids, cells) }));
    } catch (error) {
      throw atPath(error, entity.plural);
    }
  }
  const simulation = new Simulation(system, { personCount: parsed.personIds.length * cells, personIds: replicate(parsed.personIds, cells), groups }, options);

  // Inputs, one column per (variable, period), rows not given keep the default.
  const columns = new Map<Variable, Map<string, { period: Period; column: Column; path: string }>>();
  const columnFor = (variable: Variable, period: Period, path: string): Column => {
    let byPeriod = columns.get(variable);
    if (byPeriod === undefined) columns.set(variable, (byPeriod = new Map<string, { period: Period; column: Column; path: string }>()));
    let entry = byPeriod.get(period.id);
    if (entry === undefined) byPeriod.set(period.id, (entry = { period, column: defaultColumn(variable, (counts.get(variable.entity) as number) * cells), path }));
    return entry.column;
  };
  for (const { variable, row, period, stored, path } of parsed.values) {
    const column = columnFor(variable, period, path);
    const count = counts.get(variable.entity) as number;
    for (let cell = 0; cell < cells; cell += 1) column[row + cell * count] = stored;
  }
  let stride = 1;
  parsed.axes.forEach((dimension, d) => {
    const points = dimension[0]?.count ?? 1;
    dimension.forEach((axis, a) => {
      const variable = system.variable(axis.name);
      const periodText = axis.period ?? defaultPeriod?.toString();
      if (periodText === undefined) throw situationError('An axis needs a `period` (or the situation a default period).', `axes.${d}.${a}.period`);
      const period = parsePeriod(periodText);
      const column = columnFor(variable, period, `axes.${d}.${a}`);
      const count = counts.get(variable.entity) as number;
      const index = axis.index ?? 0;
      if (index >= count) throw situationError(`The axis varies ${variable.entity.key} ${index}, but there are ${count}.`, `axes.${d}.${a}.index`);
      for (let cell = 0; cell < cells; cell += 1) {
        const point = Math.floor(cell / stride) % points;
        const value = points === 1 ? axis.min : axis.min + ((axis.max - axis.min) * point) / (points - 1);
        try {
          column[index + cell * count] = storedValue(variable, value);
        } catch (error) {
          throw atPath(error, `axes.${d}.${a}`);
        }
      }
    });
    stride *= points;
  });
  for (const [variable, byPeriod] of columns) {
    // Shorter periods first, so that a longer input divides only what they leave.
    const entries = [...byPeriod.values()].sort((a, b) => sizeOf(a.period) - sizeOf(b.period));
    for (const { period, column, path } of entries) {
      try {
        simulation.setInput(variable.name as never, period, column);
      } catch (error) {
        throw atPath(error, path);
      }
    }
  }
  return { simulation, parsed, cells, counts };
}

function sizeOf(period: Period): number {
  return period.isEternal ? Number.POSITIVE_INFINITY : period.sizeInDays;
}

function replicate(ids: readonly string[], cells: number): readonly string[] {
  if (cells === 1) return ids;
  const out: string[] = [];
  for (let cell = 0; cell < cells; cell += 1) for (const id of ids) out.push(`${id}${cell}`);
  return out;
}
