import type { TraceRecord } from '../system/country-system.js';
import type { ReadSituation } from './read-situation.js';

/**
 * One computed (variable, period) in the `POST /trace` answer.
 *
 * @since 0.1.0
 */
export interface TraceJsonEntry {
  /** The (variable, period) pairs read, as `variable<period>`. */
  dependencies: string[];
  /** Parameters read, by `dotted.id<YYYY-MM-DD>`, with their values. */
  parameters: Record<string, unknown>;
  /** Values over the whole entity population. */
  value: unknown[];
  /** Seconds, dependencies included. */
  calculation_time: number;
  /** Seconds in the formula itself. */
  formula_time: number;
}

/**
 * The `POST /trace` answer, in the OpenFisca Web API's flat shape.
 *
 * @since 0.1.0
 */
export interface TraceJson {
  /** `variable<period>` → what was computed and from what. */
  trace: Record<string, TraceJsonEntry>;
  /** Member ids by entity plural, in population order. */
  entitiesDescription: Record<string, string[]>;
  /** The `variable<period>` the situation asked for, in order. */
  requestedCalculations: string[];
}

/**
 * Shapes a run's trace records as the OpenFisca `/trace` answer.
 *
 * @since 0.1.0
 */
export function traceJson(records: readonly TraceRecord[], read: ReadSituation): TraceJson {
  const trace: TraceJson['trace'] = {};
  for (const record of records) {
    trace[`${record.variable}<${record.period}>`] = {
      dependencies: [...record.dependencies],
      parameters: { ...record.parameters },
      value: Array.from(record.value),
      calculation_time: record.calculationTime / 1000,
      formula_time: record.formulaTime / 1000,
    };
  }
  const entitiesDescription: Record<string, string[]> = {};
  for (const [plural, members] of Object.entries(read.situation.entities)) entitiesDescription[plural] = Object.keys(members);
  const requestedCalculations = [...new Set(read.requests.map((request) => `${request.variable}<${request.period}>`))];
  return { trace, entitiesDescription, requestedCalculations };
}
