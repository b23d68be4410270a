import { SimulationApiError } from '../errors/simulation-api-error.js';
import type { JsonScalar, SimulationRun } from '../system/country-system.js';
import type { SystemIndex } from '../internal/system-index.js';
import type { CalculationRequest, ReadSituation } from './read-situation.js';

/**
 * Options of one calculation.
 *
 * @since 0.1.0
 */
export interface CalculateOptions {
  /** Record a trace. */
  readonly trace: boolean;
  /** `performance.now()` after which the calculation stops with `computation_timeout`. */
  readonly deadline: number;
}

/**
 * Computes every requested value of a read situation and writes it back into the body, in place:
 * one value per member, or a list over the axis steps when the situation has axes.
 *
 * @throws {@link SimulationApiError} `calculation_failed` (the engine refused the situation),
 * `computation_timeout` (past the deadline).
 * @since 0.1.0
 */
export function calculateSituation(read: ReadSituation, index: SystemIndex, options: CalculateOptions): SimulationRun {
  const run = simulate(read, index, options.trace);
  const groups = new Map<string, CalculationRequest[]>();
  for (const request of read.requests) {
    const key = `${request.variable}<${request.period}>`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [request]);
    else group.push(request);
  }
  for (const group of groups.values()) {
    if (performance.now() > options.deadline) {
      throw new SimulationApiError('computation_timeout', 'The computation took longer than this API allows.');
    }
    const first = group[0];
    if (first === undefined) continue;
    const column = compute(run, first);
    const members = Object.keys(read.body[first.plural] ?? {}).length;
    for (const request of group) {
      const target = ((read.body[request.plural] as Record<string, Record<string, Record<string, unknown>>>)[request.id] as Record<string, Record<string, unknown>>)[request.variable] as Record<string, unknown>;
      target[request.periodKey] = read.copies === 1 ? column[request.index] ?? null : acrossCopies(column, request.index, members, read.copies);
    }
  }
  if (performance.now() > options.deadline) {
    throw new SimulationApiError('computation_timeout', 'The computation took longer than this API allows.');
  }
  return run;
}

function acrossCopies(column: ArrayLike<JsonScalar>, index: number, members: number, copies: number): JsonScalar[] {
  const values = new Array<JsonScalar>(copies);
  for (let copy = 0; copy < copies; copy += 1) values[copy] = column[copy * members + index] ?? null;
  return values;
}

function simulate(read: ReadSituation, index: SystemIndex, trace: boolean): SimulationRun {
  try {
    return index.system.simulate(read.situation, { trace });
  } catch (error) {
    throw engineError(error, []);
  }
}

function compute(run: SimulationRun, request: CalculationRequest): ArrayLike<JsonScalar> {
  try {
    return run.calculate(request.variable, request.period);
  } catch (error) {
    throw engineError(error, [request.plural, request.id, request.variable, request.periodKey]);
  }
}

/**
 * Engine errors are about the request (a missing parameter, a cycle, a period mismatch): 400
 * with the message at the path. Anything else is a bug: rethrown, it becomes a 500.
 */
function engineError(error: unknown, path: readonly string[]): unknown {
  if (error instanceof SimulationApiError) return error;
  if (typeof error === 'object' && error !== null && (error as { _tag?: unknown })._tag === 'SimulationError') {
    const { code, message, location } = error as { code: string; message: string; location?: { jsonPath?: string } };
    const jsonPath = location?.jsonPath;
    const at = jsonPath === undefined || jsonPath === '' ? path : jsonPath.split('.');
    return new SimulationApiError(code === 'unknown_variable' ? 'unknown_variable' : code === 'period_mismatch' ? 'period_mismatch' : 'calculation_failed', message, at);
  }
  return error;
}
