import type { TaxBenefitSystem } from '../system/tax-benefit-system.js';
import { decodeValue } from '../variables/column-values.js';
import type { Simulation } from '../simulation/simulation.js';
import type { Situation } from './situation.js';
import { atPath } from './situation-errors.js';
import { buildSituationSimulation, type SituationOptions } from './simulation-from-situation.js';

/**
 * What {@link calculateSituation} returns.
 *
 * @since 0.1.0
 */
export interface SituationResult<System extends TaxBenefitSystem> {
  /** The situation with every `null` replaced by its value. */
  readonly result: Record<string, unknown>;
  /** The simulation that computed them (for traces or further calculations). */
  readonly simulation: Simulation<System>;
}

/**
 * Computes every `null` of a situation and returns the situation with the values filled in,
 * as the OpenFisca Web API's `POST /calculate` does: enums by item name, dates as ISO strings,
 * and with axes a list over the axis points for each computed value.
 *
 * @example
 * ```ts
 * const { result } = calculateSituation(system, {
 *   persons: { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': null } } },
 * });
 * result.persons; // { Ari: { salary: { '2017-01': 2000 }, income_tax: { '2017-01': 300 } } }
 * ```
 * @throws {@link SimulationError} located at the JSON path of the mistake.
 * @since 0.1.0
 */
export function calculateSituation<System extends TaxBenefitSystem>(system: System, situation: Situation, options: SituationOptions = {}): SituationResult<System> {
  const { simulation, parsed, cells, counts } = buildSituationSimulation(system, situation, options);
  const result = structuredClone(situation) as Record<string, unknown>;
  for (const { variable, row, period, keys } of parsed.requests) {
    let column;
    try {
      column = simulation.calculate(variable.name as never, period);
    } catch (error) {
      throw atPath(error, keys.join('.'));
    }
    const count = counts.get(variable.entity) as number;
    const value =
      parsed.axes.length === 0
        ? decodeValue(variable, column[row])
        : Array.from({ length: cells }, (_, cell) => decodeValue(variable, column[row + cell * count]));
    setAt(result, keys, value);
  }
  return { result, simulation };
}

function setAt(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let node: Record<string, unknown> = target;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1);
  if (last !== undefined) node[last] = value;
}
