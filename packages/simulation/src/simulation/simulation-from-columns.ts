import { SimulationError } from '../errors/simulation-error.js';
import { GroupPopulation } from '../populations/group-population.js';
import type { TaxBenefitSystem, VariableName } from '../system/tax-benefit-system.js';
import type { InputValues } from '../variables/column-values.js';
import { Simulation, type SimulationOptions } from './simulation.js';

/**
 * The membership of one group entity as columns: for each person the index of their group
 * (0 … count − 1) and the code of their role (`household.roles.adult.code`).
 *
 * @since 0.1.0
 */
export interface MembershipColumns {
  /** Person → group index. */
  readonly groupOf: Int32Array;
  /** Person → role code. */
  readonly roleOf: Uint8Array;
  /** Number of groups (the largest index plus one when absent). */
  readonly count?: number;
  /** Group ids. */
  readonly ids?: readonly string[];
  /** Group weights. */
  readonly weights?: Float64Array;
}

/**
 * The persons of a population given as columns.
 *
 * @since 0.1.0
 */
export interface PersonColumns {
  /** Number of persons. */
  readonly count: number;
  /** Person ids. */
  readonly ids?: readonly string[];
  /** Person weights. */
  readonly weights?: Float64Array;
}

/**
 * A whole population as columns, for microsimulation: persons, group memberships, weights
 * and inputs (typed arrays are used as they are, never copied).
 *
 * @since 0.1.0
 */
export interface PopulationColumns<Name extends string = string> {
  /** Number of persons, or their count, ids and weights. */
  readonly persons: number | PersonColumns;
  /** Membership of each group entity, by entity key or plural. */
  readonly groups: Readonly<Record<string, MembershipColumns>>;
  /** Inputs: variable → period → values. */
  readonly inputs?: Partial<Readonly<Record<Name, Readonly<Record<string, InputValues>>>>>;
}

/**
 * Builds a simulation from columns: the fast way in for large populations.
 *
 * @example
 * ```ts
 * const simulation = simulationFromColumns(system, {
 *   persons: 3,
 *   groups: { household: { groupOf: Int32Array.of(0, 0, 1), roleOf: Uint8Array.of(0, 1, 0) } },
 *   inputs: { salary: { '2017-01': Float64Array.of(2000, 0, 1500) } },
 * });
 * simulation.calculate('household_income', '2017-01'); // Float64Array [2000, 1500]
 * ```
 * @throws {@link SimulationError} `invalid_columns`, `unknown_entity`, `role_over_maximum`.
 * @since 0.1.0
 */
export function simulationFromColumns<System extends TaxBenefitSystem>(system: System, columns: PopulationColumns<VariableName<System>>, options: SimulationOptions = {}): Simulation<System> {
  const persons: PersonColumns = typeof columns.persons === 'number' ? { count: columns.persons } : columns.persons;
  const weights: Record<string, Float64Array> = {};
  if (persons.weights !== undefined) weights[system.personEntity.key] = persons.weights;
  const groups: GroupPopulation[] = [];
  for (const [name, membership] of Object.entries(columns.groups)) {
    const entity = system.entity(name);
    if (entity === undefined || entity.isPerson) throw new SimulationError('unknown_entity', `There is no group entity '${name}'.`, { jsonPath: `groups.${name}` });
    groups.push(GroupPopulation.fromColumns(entity, membership));
    if (membership.weights !== undefined) weights[entity.key] = membership.weights;
  }
  const simulation = new Simulation(system, { personCount: persons.count, ...(persons.ids === undefined ? {} : { personIds: persons.ids }), groups, weights }, options);
  for (const [name, byPeriod] of Object.entries(columns.inputs ?? {}) as [VariableName<System>, Readonly<Record<string, InputValues>>][]) {
    for (const [period, values] of Object.entries(byPeriod)) simulation.setInput(name, period, values);
  }
  return simulation;
}
